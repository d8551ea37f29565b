// an unrecovered panic in a range-over-func body crashes the program after the iterator's and the function's defers, including those registered in the body
package main

import "fmt"

func count(yield func(int) bool) {
	defer fmt.Println("iterator's defer")
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	defer fmt.Println("main's defer")
	for x := range count {
		defer fmt.Println("body's defer", x)
		if x == 2 {
			panic(fmt.Errorf("item %d failed", x))
		}
	}
}
