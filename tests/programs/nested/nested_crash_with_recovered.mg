// a recovered inner panic followed by an unrecovered one in a deeper deferred call
package main

import "fmt"

func main() {
	defer func() {
		defer func() {
			panic("panic in nested defer")
		}()
		fmt.Println("recovered first:", recover())
	}()
	panic("first")
}
