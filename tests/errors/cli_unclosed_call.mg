// a call left open at the end of a line, then a dangling binary operator
package main

import "fmt"

func main() {
	fmt.Println("hi"
	x := 1 +
}
