// labeled break and continue leave or advance the outer loop
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
rows:
	for _, row := range [][]int{{1, 2}, {3, -1, 4}, {5}} {
		for _, v := range row {
			if v < 0 {
				fmt.Println("negative found, stop")
				break rows
			}
			fmt.Println(v)
		}
	}
}
