// fmt recovers panics of String/Error/Format-less methods with any value, under every verb, also while a panic is running
package main

import (
	"errors"
	"fmt"
)

type S struct{ v any }

func (s S) String() string { panic(s.v) }

type E struct{ v any }

func (e E) Error() string { panic(e.v) }

type Code int

type W struct{ m map[string]int }

func (w W) String() string { w.m["k"] = 1; return "unreachable" }

type N struct{ p *int }

func (n *N) String() string { return fmt.Sprint(*n.p) }

func main() {
	fmt.Println(S{"boom"}, S{42}, S{Code(7)}, S{errors.New("an error")})
	fmt.Println(E{"bad"}, E{3.5})
	fmt.Printf("%v|%s|%d|%q|%x|%+v\n", S{"v"}, S{"s"}, S{"d"}, S{"q"}, S{"x"}, S{"+v"})
	fmt.Println(fmt.Sprint(S{"in Sprint"}), fmt.Errorf("wrapped: %w", E{"in Errorf"}))
	fmt.Println(S{nil})
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(W{}, &N{}, (*N)(nil))
	}()
	func() {
		defer func() {
			fmt.Println("while panicking:", S{"inner"}, recover())
		}()
		panic("outer")
	}()
	fmt.Println([]S{{"in slice"}}, map[string]S{"k": {"in map"}})
}
