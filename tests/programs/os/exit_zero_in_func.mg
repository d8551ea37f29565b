// os.Exit(0) deep in a call stack exits successfully without running any defers
package main

import (
	"fmt"
	"os"
)

func deep(n int) {
	defer fmt.Println("deep defer", n)
	if n == 0 {
		fmt.Println("exiting")
		os.Exit(0)
	}
	deep(n - 1)
}

func main() {
	defer fmt.Println("main defer")
	deep(3)
}
