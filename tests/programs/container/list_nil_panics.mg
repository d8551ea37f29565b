// container/list: nil elements and a nil *List panic with a nil dereference where Go's do
package main

import (
	"container/list"
	"fmt"
)

func try(what string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", what, r, r)
	}()
	f()
}

func main() {
	l := list.New()
	l.PushBack(1)
	try("MoveToFront(nil)", func() { l.MoveToFront(nil) })
	try("InsertBefore(v, nil)", func() { l.InsertBefore(0, nil) })
	try("Remove(nil)", func() { l.Remove(nil) })
	try("MoveAfter(e, nil)", func() { l.MoveAfter(l.Front(), nil) })
	try("MoveAfter(foreign, nil)", func() { l.MoveAfter(list.New().PushBack(0), nil) })
	try("nil list Remove zero element", func() {
		var nl *list.List
		nl.Remove(&list.Element{})
	})
	try("nil list Len", func() {
		var nl *list.List
		fmt.Println(nl.Len())
	})
	try("PushBackList(nil)", func() { l.PushBackList(nil) })
	try("nil element Next", func() {
		var e *list.Element
		e.Next()
	})
	fmt.Println(l.Len(), l.Front().Value)
}
