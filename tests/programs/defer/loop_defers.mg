// defers registered in a loop run in reverse order with per-iteration values
package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("arg", i)
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure", i) }()
	}
	fmt.Println("loop done")
}
