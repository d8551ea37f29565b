// a range-over-func loop body's defer belongs to the enclosing function; a panic in the body unwinds through the iterator's defer and is recovered by a call the body deferred
package main

import "fmt"

func count(yield func(int) bool) {
	defer fmt.Println("iterator cleanup")
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func work() (n int) {
	for x := range count {
		defer func() {
			if r := recover(); r != nil {
				n = -1
			}
		}()
		if x == 1 {
			panic("bad item")
		}
	}
	return 10
}

func main() {
	fmt.Println(work())
}
