// loop: integer arithmetic in nested counted loops — measures the dispatch
// loop, compare-and-branch and register arithmetic.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 4000; i++ {
		for j := 0; j < 4000; j++ {
			sum = ((sum + i*j) ^ (j >> 2)) & 0xFFFFFFF
		}
	}
	fmt.Println(sum)
}
