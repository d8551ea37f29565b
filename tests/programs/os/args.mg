// os.Args holds the program name followed by no arguments when none are given
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(len(os.Args[1:]), os.Args[1:])
	fmt.Println(os.Args[0] != "")
}
