// hello: hello world — measures startup (issue 7: `minigo run` of hello world <= 5 ms).
package main

import "fmt"

func main() {
	fmt.Println("Hello, world!")
}
