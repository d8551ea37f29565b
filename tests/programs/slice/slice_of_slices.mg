// two-dimensional slices built with make and append share nothing between rows
package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[1] = 99
	fmt.Println(grid)
	lit := [][]string{{"a"}, {}, {"b", "c"}}
	fmt.Println(lit, len(lit[1]))
}
