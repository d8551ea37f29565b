// defers in a loop and in recursive calls run LIFO when each function returns
package main

import "fmt"

func count(n int) {
	if n == 0 {
		return
	}
	defer fmt.Println("count", n, "done")
	count(n - 1)
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	count(2)
}
