// deferred method values and `defer recover()` at every level of a recursion whose panics are recovered, rethrown and recovered again
package main

import "fmt"

type Stack struct{ items []string }

func (s *Stack) Push(v string) { s.items = append(s.items, v) }
func (s *Stack) Pop() string {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func run(s *Stack, depth int) {
	push := s.Push
	defer push(fmt.Sprint("leave ", depth))
	defer func() {
		if depth%2 == 0 {
			defer recover()
		}
		if r := recover(); r != nil && depth == 1 {
			s.Push(fmt.Sprint("depth 1 caught ", r))
			panic(fmt.Sprint("rethrown at ", depth))
		}
	}()
	if depth == 4 {
		var empty Stack
		defer empty.Pop()
		panic("bottom")
	}
	run(s, depth+1)
	s.Push(fmt.Sprint("after ", depth))
}

func main() {
	s := &Stack{}
	defer func() {
		fmt.Println("main:", recover())
		for len(s.items) > 0 {
			fmt.Println(s.Pop())
		}
	}()
	run(s, 0)
}
