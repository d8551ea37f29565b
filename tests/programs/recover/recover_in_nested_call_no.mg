// recover called by a function the deferred call calls returns nil
package main

import "fmt"

func tryRecover() any { return recover() }

func main() {
	defer func() {
		fmt.Println("direct recover:", recover())
	}()
	defer func() {
		fmt.Println("indirect recover:", tryRecover())
	}()
	panic("the value")
}
