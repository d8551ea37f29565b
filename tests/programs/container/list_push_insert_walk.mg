// container/list: PushFront/PushBack/InsertBefore/InsertAfter, walking both ways, Front/Back/Len
package main

import (
	"container/list"
	"fmt"
)

func show(l *list.List) {
	fmt.Print("len ", l.Len(), " fwd")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" back")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	l := list.New()
	show(l)
	fmt.Println(l.Front() == nil, l.Back() == nil)
	two := l.PushBack(2)
	l.PushFront(1)
	l.PushBack("three")
	show(l)
	l.InsertBefore(1.5, two)
	l.InsertAfter('x', two)
	show(l)
	fmt.Println(l.Front().Value, l.Back().Value, two.Prev().Value, two.Next().Value)
	fmt.Println(l.Front().Prev() == nil, l.Back().Next() == nil)
	first := l.InsertBefore(0, l.Front())
	last := l.InsertAfter(nil, l.Back())
	show(l)
	fmt.Println(first == l.Front(), last == l.Back())
	e := l.PushBack([]int{1, 2})
	e.Value = struct{ A, B int }{3, 4}
	show(l)
	fmt.Printf("%v %T\n", l.Back().Value, l.Back().Value)
}
