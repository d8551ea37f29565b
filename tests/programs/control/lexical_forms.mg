// Unicode identifiers, block comments and automatic semicolons at line ends
package main

import "fmt"

type größe struct{ wert int }

func (g größe) doppelt() int { return g.wert * 2 }

func main() {
	π := 3.14159
	café := "open" /* inline comment */ + "!"
	fmt.Println(π, café)
	g := größe{21}
	fmt.Println(g.
		doppelt())
	total := 1 +
		2 +
		3
	xs := []int{
		1,
		2,
	}
	fmt.Println(total, xs, len(xs))
	if x := 1; x > 0 { fmt.Println("one-line if") }
	/* multi
	   line */ fmt.Println("after block comment")
}
