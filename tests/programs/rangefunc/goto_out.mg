// goto out of a range-over-func body, backward and forward, stops the iterator like break
package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator returns")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  yield returned false at", i)
				return
			}
		}
	}
}

func main() {
	tries := 0
Again:
	tries++
	for x := range count(4) {
		if x == 2 && tries < 3 {
			goto Again
		}
		if x == 3 {
			goto Done
		}
		fmt.Println("try", tries, "x", x)
	}
	fmt.Println("not reached")
Done:
	fmt.Println("done after", tries, "tries")
	for x := range count(3) {
		for y := range count(3) {
			if y == 1 {
				goto Inner
			}
			fmt.Println("x y", x, y)
		}
	Inner:
		fmt.Println("after inner", x)
		if x == 1 {
			goto End
		}
	}
End:
	fmt.Println("end")
}
