// multi-dimensional arrays copy deeply on assignment
package main

import "fmt"

func main() {
	var grid [3][3]rune
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = 'X'
	saved := grid
	grid[0][0] = 'O'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
	for _, row := range saved {
		fmt.Println(string(row[:]))
	}
	fmt.Println(grid == saved)
}
