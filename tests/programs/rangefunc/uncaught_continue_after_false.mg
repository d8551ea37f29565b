// an iterator that ignores yield's false and calls it again crashes the program with Go's runtime error (exit 2)
package main

import "fmt"

func all(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			fmt.Println("yield said stop, calling it anyway")
		}
	}
}

func main() {
	for x := range all {
		fmt.Println(x)
		if x == 1 {
			break
		}
	}
	fmt.Println("not reached")
}
