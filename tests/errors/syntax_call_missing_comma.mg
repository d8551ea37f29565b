// checks: a call argument list cut by a newline
package main

import "fmt"

func main() {
	fmt.Println("a"
	"b")
}
