// container/list: elements of another list and removed elements leave a list unchanged; Remove returns the Value
package main

import (
	"container/list"
	"fmt"
)

func show(what string, l *list.List) {
	fmt.Print(what, ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println(" len", l.Len())
}

func main() {
	l, other := list.New(), list.New()
	x := l.PushBack(1)
	y := l.PushBack(2)
	z := l.PushBack(3)
	o := other.PushBack("o")
	gone := l.PushBack(4)
	fmt.Println("remove:", l.Remove(gone))
	show("l", l)
	fmt.Println("remove again:", l.Remove(gone), "from other:", other.Remove(y))
	show("l", l)
	show("other", other)
	fmt.Printf("removed: %v %+v %v %v\n", gone, gone, gone.Next() == nil, gone.Prev() == nil)
	fmt.Println(l.InsertBefore(9, o), l.InsertAfter(9, gone), other.InsertAfter(9, x))
	l.MoveToFront(o)
	l.MoveToBack(gone)
	l.MoveBefore(o, x)
	l.MoveBefore(x, o)
	l.MoveAfter(z, gone)
	l.MoveAfter(gone, z)
	other.MoveToFront(z)
	show("l after foreign moves", l)
	show("other after foreign moves", other)
	fmt.Println("remove foreign:", l.Remove(o), other.Len())
	var zero list.Element
	zero.Value = "z"
	fmt.Println(l.Remove(&zero), l.Len(), zero.Next() == nil)
	l.Remove(y)
	l.Remove(x)
	l.Remove(z)
	show("emptied", l)
	fmt.Println(x.Next() == nil, z.Prev() == nil, l.Front() == nil)
	l.PushFront(x.Value)
	show("reused value", l)
}
