// a closure that changes a captured loop variable affects only that iteration's copy
package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		skip := func() { i++ }
		if i == 1 {
			skip()
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	sum := 0
	for i := range 4 {
		func() { sum += i }()
	}
	fmt.Println(sum)
}
