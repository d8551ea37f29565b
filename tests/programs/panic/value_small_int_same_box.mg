// panicking twice with the same small computed int shares Go's static box: one chain line
package main

import (
	"fmt"
	"os"
)

func main() {
	n := 4 + len(os.Args)
	defer func() {
		fmt.Println("deferred call panics with", n, "again")
		panic(n)
	}()
	panic(n)
}
