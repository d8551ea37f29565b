// checks: a goto may not jump into a block it is outside of: backward into a loop body, forward into a case clause
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
	again:
		fmt.Println(i)
	}
	goto again
	goto inside
	switch {
	case true:
	inside:
		fmt.Println("in the case")
	}
}
