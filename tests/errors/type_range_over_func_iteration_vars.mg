// range over iterator functions: more iteration variables than yield has parameters, and mismatched assignments
package main

func main() {
	var f0 func(func() bool)
	var f1 func(func(int) bool)
	var f2 func(func(int, string) bool)
	for x := range f0 {
		_ = x
	}
	for x, y := range f1 {
		_, _ = x, y
	}
	var s string
	var n int
	for n, s = range f2 {
	}
	for s = range f1 {
	}
	for n, n = range f2 {
	}
	_, _ = n, s
}
