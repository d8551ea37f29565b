// a function type that takes and returns itself builds a state machine
package main

import "fmt"

type State func(input rune) State

var trace []string

func start(r rune) State {
	trace = append(trace, "start")
	if r == 'a' {
		return inA
	}
	return start
}

func inA(r rune) State {
	trace = append(trace, "inA")
	if r == 'b' {
		return nil
	}
	return inA
}

func main() {
	st := State(start)
	for _, r := range "xxaab" {
		if st == nil {
			break
		}
		st = st(r)
	}
	fmt.Println(trace, st == nil)
}
