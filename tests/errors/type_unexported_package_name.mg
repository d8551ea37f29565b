// checks: a package member spelled in lower case suggests the exported one
package main

import "fmt"

func main() {
	fmt.println("hello")
}
