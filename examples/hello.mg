// hello.mg: the smallest minigo program. Run it with `minigo run examples/hello.mg`.
package main

import "fmt"

func main() {
	fmt.Println("Hello, minigo!")
}
