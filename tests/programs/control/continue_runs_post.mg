// continue in a three-clause loop still runs the post statement
package main

import "fmt"

func main() {
	n := 0
	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		n++
		fmt.Print(i, " ")
	}
	fmt.Println("count", n)
	i := 0
	for i < 5 {
		i++
		if i == 2 {
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
}
