// thousands of deferred calls in one frame all run, in reverse order
package main

import "fmt"

func main() {
	sum := 0
	order := []int{}
	func() {
		for i := 0; i < 10000; i++ {
			defer func() {
				sum += i
				if i%2500 == 0 {
					order = append(order, i)
				}
			}()
		}
	}()
	fmt.Println(sum, order)
}
