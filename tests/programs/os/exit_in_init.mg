// os.Exit in an init function ends the program before main with that code
package main

import (
	"fmt"
	"os"
)

func init() {
	fmt.Println("init exits")
	os.Exit(9)
}

func main() { fmt.Println("main never runs") }
