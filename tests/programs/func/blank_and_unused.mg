// the blank identifier discards results, parameters and loop values
package main

import "fmt"

func pair() (int, int) { return 3, 4 }

func ignoreSecond(a int, _ string) int { return a * 2 }

func main() {
	_, b := pair()
	a, _ := pair()
	fmt.Println(a, b)
	fmt.Println(ignoreSecond(5, "unused"))
	var _ = pair
	n := 0
	for _, _ = range []int{1, 2, 3} {
		n++
	}
	for range "abc" {
		n++
	}
	fmt.Println(n)
}
