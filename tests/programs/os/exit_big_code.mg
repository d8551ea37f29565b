// os.Exit codes are taken modulo 256 by the operating system
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exit with 257")
	os.Exit(257)
}
