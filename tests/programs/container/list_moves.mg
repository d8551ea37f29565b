// container/list: MoveToFront/MoveToBack/MoveBefore/MoveAfter, including moves that change nothing
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
	fmt.Print(" /")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println(" len", l.Len())
}

func main() {
	l := list.New()
	var es []*list.Element
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		es = append(es, l.PushBack(s))
	}
	a, b, c, d, e := es[0], es[1], es[2], es[3], es[4]
	show("start", l)
	l.MoveToFront(c)
	show("c to front", l)
	l.MoveToFront(c)
	show("c to front again", l)
	l.MoveToBack(a)
	show("a to back", l)
	l.MoveToBack(a)
	show("a to back again", l)
	l.MoveBefore(e, b)
	show("e before b", l)
	l.MoveBefore(e, e)
	show("e before e", l)
	l.MoveBefore(c, b)
	show("c before b (already)", l)
	l.MoveAfter(c, d)
	show("c after d", l)
	l.MoveAfter(d, d)
	show("d after d", l)
	l.MoveAfter(a, c)
	show("a after c", l)
	l.MoveAfter(d, b)
	show("d after b (already)", l)
	l.MoveBefore(a, l.Front())
	show("a before front", l)
	l.MoveAfter(e, l.Back())
	show("e after back", l)
}
