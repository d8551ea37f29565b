// container/list: the zero List is ready to use and prints as Go prints it; PushBackList/PushFrontList, also of a list onto itself; Init empties
package main

import (
	"container/list"
	"fmt"
)

func values(l *list.List) []any {
	var out []any
	for e := l.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value)
	}
	return out
}

func main() {
	var l list.List
	fmt.Printf("%v\n%+v\n", l, l)
	fmt.Println(l.Len(), l.Front(), l.Back())
	var lazy list.List
	lazy.PushFront("lazy")
	fmt.Println(values(&lazy))
	l.PushBack(1)
	l.PushBack(2)
	l.PushBackList(&l)
	fmt.Println(values(&l), l.Len())
	l.PushFrontList(&l)
	fmt.Println(values(&l), l.Len())
	src := list.New()
	src.PushBack("a")
	src.PushBack("b")
	var dst list.List
	dst.PushFrontList(src)
	dst.PushBackList(src)
	dst.PushFrontList(list.New())
	fmt.Println(values(&dst), src.Len())
	first := dst.Front()
	fmt.Println(dst.Init() == &dst, dst.Len(), dst.Front() == nil, values(&dst))
	fmt.Println(first.Next() != nil, dst.Remove(first), dst.Len())
	var e list.Element
	fmt.Printf("%v %+v\n", e, e)
	fmt.Println(e.Next() == nil, e.Prev() == nil)
}
