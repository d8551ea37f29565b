// Package heap keeps any indexable collection in min-heap order through the
// methods of Interface: element 0 is the least one by Less.
//
// A heap stored in a slice is a complete binary tree laid out level by
// level: the children of element i are elements 2*i+1 and 2*i+2, and no
// child is less than its parent. A priority queue is the usual use.
package heap

import "sort"

// Interface is what the functions of this package need of a collection:
// sort.Interface to compare and exchange elements by index, plus Push to
// append an element at index Len() and Pop to remove and return the one at
// index Len()-1. Those two are for this package to call; a program adds and
// removes elements through heap.Push and heap.Pop.
type Interface interface {
	sort.Interface
	Push(x any) // append x as element Len()
	Pop() any   // remove element Len()-1 and return it
}

// Init puts h into heap order. It takes O(n) steps for n = h.Len(); call
// it once the elements are there, and again after changing many of them.
func Init(h Interface) {
	size := h.Len()
	for at := size/2 - 1; at >= 0; at-- {
		sink(h, at, size)
	}
}

// Push adds x to the heap, in O(log n) steps for n = h.Len().
func Push(h Interface, x any) {
	h.Push(x)
	rise(h, h.Len()-1)
}

// Pop takes the least element (by Less) out of the heap and returns it, in
// O(log n) steps for n = h.Len(). The heap must not be empty.
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	sink(h, 0, last)
	return h.Pop()
}

// Remove takes element i out of the heap and returns it, in O(log n) steps
// for n = h.Len().
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		if !sink(h, i, last) {
			rise(h, i)
		}
	}
	return h.Pop()
}

// Fix restores heap order after element i changed its value, in O(log n)
// steps for n = h.Len(); cheaper than Remove followed by Push.
func Fix(h Interface, i int) {
	if !sink(h, i, h.Len()) {
		rise(h, i)
	}
}

// rise moves the element at index at towards the root while it is less
// than its parent.
func rise(h Interface, at int) {
	for {
		parent := (at - 1) / 2
		if parent == at || !h.Less(at, parent) {
			return
		}
		h.Swap(parent, at)
		at = parent
	}
}

// sink moves the element at index from towards the leaves of the heap's
// first size elements while a child is less than it; it reports whether
// the element moved at all.
func sink(h Interface, from, size int) bool {
	at := from
	for {
		child := 2*at + 1
		if child < 0 || child >= size {
			// no child (or 2*at+1 overflowed)
			break
		}
		if right := child + 1; right < size && h.Less(right, child) {
			child = right
		}
		if !h.Less(child, at) {
			break
		}
		h.Swap(at, child)
		at = child
	}
	return at > from
}
