// constants, array types, struct types and variables each used before they are declared, and their initialization order
package main

import "fmt"

var total = first + second + len(grid)

var first = trace("first", second*2)
var second = trace("second", Size)

var grid Grid

type Grid [Size][Width]Cell

type Cell struct {
	Kind  Kind
	Value int
}

type Kind int

const (
	Size  = Width - 1
	Width = int(Last) + 2
)

const (
	Empty Kind = iota
	Wall
	Last
)

func trace(name string, v int) int {
	fmt.Println("init", name, "=", v)
	return v
}

func (k Kind) String() string { return [...]string{"empty", "wall", "last"}[k] }

func main() {
	fmt.Println(total, first, second, Size, Width)
	grid[1][2] = Cell{Wall, 7}
	fmt.Println(len(grid), len(grid[0]), grid[1][2], grid[0][0].Kind)
	fmt.Printf("%v %+v\n", Last, grid[1])
}
