// iteration variables of range over func are fresh per iteration (Go 1.22): closures capture each one; the assignment form shares one variable
package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	var fs []func() int
	for i := range count(3) {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := range count(3) {
		i += 100
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	var shared int
	var gs []func() int
	for shared = range count(3) {
		gs = append(gs, func() int { return shared })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// Variables declared in the body are per iteration too; outer ones are shared.
	total := 0
	var hs []func() (int, int)
	for i := range count(3) {
		sq := i * i
		total += sq
		hs = append(hs, func() (int, int) { return sq, total })
	}
	for _, h := range hs {
		a, b := h()
		fmt.Print(a, "/", b, " ")
	}
	fmt.Println()
}
