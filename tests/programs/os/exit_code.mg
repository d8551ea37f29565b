// os.Exit ends the program at once with the given code, skipping deferred calls
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "to stderr before exit")
	os.Exit(7)
	fmt.Println("unreachable")
}
