// a range expression with only a key is skipped when its length is constant (even a failing conversion) and evaluated when it holds a call anywhere
package main

import "fmt"

var calls int

func f() int     { calls++; return 1 }
func sl() []int  { calls++; return []int{1, 2} }
func pa() *[2]int { calls++; return nil }

type S struct{ a [2]int }

func ps() *S { calls++; return &S{} }

func main() {
	for i := range [3]int{f(), 2, 3} {
		_ = i
	}
	fmt.Println(calls)
	for i := range [2]int(sl()) {
		_ = i
	}
	fmt.Println(calls)
	for i := range ps().a {
		_ = i
	}
	fmt.Println(calls)
	var arrs [2][3]int
	for i := range arrs[f()] {
		_ = i
	}
	fmt.Println(calls)
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil, calls) }()
		for i := range *pa() {
			_ = i
		}
	}()
	var s []int
	for i := range [2]int(s) {
		fmt.Print(i)
	}
	fmt.Println()
	n := 0
	for range [5]struct{}{} {
		n++
	}
	fmt.Println(n)
}
