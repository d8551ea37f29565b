// a generic stack and a generic linked list with pointer-receiver methods and a recursive node type
package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	for n := l.head; n != nil; {
		next := n.next
		n.next = prev
		prev, n = n, next
	}
	l.head = prev
}

func (l *List[T]) Slice() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

type Sizer interface{ Len() int }

func main() {
	var s Stack[int]
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	_, err := s.Pop()
	fmt.Println("|", err)

	names := &Stack[string]{}
	names.Push("ann")
	names.Push("bob")
	var sz Sizer = names
	fmt.Println(sz.Len(), *names)
	fmt.Printf("%T %+v\n", names, names)

	var l List[rune]
	for _, r := range "abc" {
		l.PushFront(r)
	}
	fmt.Println(string(l.Slice()), l.size)
	l.Reverse()
	fmt.Println(string(l.Slice()))
	var empty List[float64]
	empty.Reverse()
	fmt.Println(empty.Slice() == nil, empty.head)
	fmt.Printf("%T %T\n", l.head, empty)
}
