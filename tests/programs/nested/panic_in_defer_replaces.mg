// a panic in a deferred call during a panic: recover sees the newest value
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println("second recover:", recover())
	}()
	defer func() { panic("from defer") }()
	panic("original")
}
