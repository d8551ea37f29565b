// ranging over functions that are not iterators func(yield func(...) bool): Go rejects each with the reason
package main

type B bool

func main() {
	var f0 func()
	for range f0 {
	}
	var f1 func(int)
	for range f1 {
	}
	var f2 func(func() bool) int
	for range f2 {
	}
	var f3 func(func(int, int, int) bool)
	for range f3 {
	}
	var f4 func(func(int))
	for range f4 {
	}
	var f5 func(func(int) B)
	for range f5 {
	}
	var f6 func(func(...int) bool)
	for range f6 {
	}
}
