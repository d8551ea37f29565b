// nested loops whose iterators ignore yield returning false: continue and return through them raise Go's runtime error at the next yield
package main

import "fmt"

func stubborn(name string) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("defer of", name)
		for i := 0; i < 3; i++ {
			r := yield(i)
			fmt.Println(name, "yield returned", r)
		}
	}
}

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func ret() int {
	for x := range count(3) {
		for y := range stubborn("inner") {
			if y == 1 {
				return x*10 + y
			}
		}
	}
	return -1
}

func main() {
	try(func() {
	Outer:
		for x := range count(3) {
			for y := range stubborn("inner") {
				if y == 1 {
					continue Outer
				}
				fmt.Println(x, y)
			}
		}
	})
	try(func() { fmt.Println(ret()) })
	try(func() {
		for x := range stubborn("outer") {
			for y := range count(3) {
				if y == 1 {
					break
				}
				fmt.Println("xy", x, y)
			}
			if x == 1 {
				break
			}
		}
	})
}
