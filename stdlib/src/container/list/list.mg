// Package list is a doubly linked list of values of any type.
//
// A loop from the last element to the first:
//
//	for el := l.Back(); el != nil; el = el.Prev() {
//		fmt.Println(el.Value)
//	}
package list

// Element is one node of a List: its Value and its place in the list.
type Element struct {
	// Every List is a ring through its sentinel root element: the first
	// element's prev and the last element's next point at the root.
	next, prev *Element

	// The List the element belongs to; nil once it has been removed.
	list *List

	// Value is what the element holds.
	Value any
}

// Next is the element after e, or nil when e is the last one (or not in a list).
func (e *Element) Next() *Element {
	if e.list == nil || e.next == &e.list.root {
		return nil
	}
	return e.next
}

// Prev is the element before e, or nil when e is the first one (or not in a list).
func (e *Element) Prev() *Element {
	if e.list == nil || e.prev == &e.list.root {
		return nil
	}
	return e.prev
}

// List is a doubly linked list. Its zero value is an empty list ready to use.
type List struct {
	root Element // the sentinel; only its next and prev are used
	len  int     // how many elements, the sentinel not counted
}

// Init makes l empty (dropping any elements it held) and returns it.
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}

// New makes an empty list.
func New() *List {
	return new(List).Init()
}

// Len is the number of elements in l, in constant time.
func (l *List) Len() int {
	return l.len
}

// Front is the first element of l, or nil when l is empty.
func (l *List) Front() *Element {
	if l.len > 0 {
		return l.root.next
	}
	return nil
}

// Back is the last element of l, or nil when l is empty.
func (l *List) Back() *Element {
	if l.len > 0 {
		return l.root.prev
	}
	return nil
}

// ready turns a zero List into an empty ring on first use.
func (l *List) ready() {
	if l.root.next == nil {
		l.Init()
	}
}

// link puts e into l right after the element at and returns e.
func (l *List) link(e, at *Element) *Element {
	after := at.next
	e.prev, e.next = at, after
	at.next = e
	after.prev = e
	e.list = l
	l.len++
	return e
}

// unlink takes e out of l and forgets its neighbours and its list.
func (l *List) unlink(e *Element) {
	before, after := e.prev, e.next
	before.next = after
	after.prev = before
	e.next, e.prev, e.list = nil, nil, nil
	l.len--
}

// relink moves e, already in l, to just after at.
func (l *List) relink(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	after := at.next
	e.prev, e.next = at, after
	at.next = e
	after.prev = e
}

// Remove takes e out of l when e is an element of l, and returns e.Value
// either way. e must not be nil.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		// A zero Element also gets here when l is nil; unlinking it then
		// dereferences nil, as it must.
		l.unlink(e)
	}
	return e.Value
}

// PushFront adds a new element holding v at the front of l and returns it.
func (l *List) PushFront(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, &l.root)
}

// PushBack adds a new element holding v at the back of l and returns it.
func (l *List) PushBack(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, l.root.prev)
}

// InsertBefore adds a new element holding v just before mark and returns it.
// When mark is not an element of l, l stays as it is and the result is nil.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark.prev)
}

// InsertAfter adds a new element holding v just after mark and returns it.
// When mark is not an element of l, l stays as it is and the result is nil.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark)
}

// MoveToFront makes e the first element of l. Nothing happens when e is
// not an element of l.
func (l *List) MoveToFront(e *Element) {
	if e.list == l && l.root.next != e {
		l.relink(e, &l.root)
	}
}

// MoveToBack makes e the last element of l. Nothing happens when e is not
// an element of l.
func (l *List) MoveToBack(e *Element) {
	if e.list == l && l.root.prev != e {
		l.relink(e, l.root.prev)
	}
}

// MoveBefore puts e just before mark. Nothing happens when e or mark is
// not an element of l, or when they are the same element.
func (l *List) MoveBefore(e, mark *Element) {
	if e.list == l && mark.list == l && e != mark {
		l.relink(e, mark.prev)
	}
}

// MoveAfter puts e just after mark. Nothing happens when e or mark is not
// an element of l, or when they are the same element.
func (l *List) MoveAfter(e, mark *Element) {
	if e.list == l && mark.list == l && e != mark {
		l.relink(e, mark)
	}
}

// PushBackList appends copies of other's values at the back of l, in order.
// other may be l itself: its length is read once, before the first append.
func (l *List) PushBackList(other *List) {
	l.ready()
	e := other.Front()
	for n := other.Len(); n > 0; n-- {
		l.link(&Element{Value: e.Value}, l.root.prev)
		e = e.Next()
	}
}

// PushFrontList puts copies of other's values at the front of l, keeping
// their order. other may be l itself.
func (l *List) PushFrontList(other *List) {
	l.ready()
	e := other.Back()
	for n := other.Len(); n > 0; n-- {
		l.link(&Element{Value: e.Value}, &l.root)
		e = e.Prev()
	}
}
