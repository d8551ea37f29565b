// an empty string panic value leaves the line as just "panic: "
package main

import "fmt"

func main() {
	fmt.Println("panicking with empty string")
	panic("")
}
