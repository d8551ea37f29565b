// panicking twice with the same large computed int boxes it twice: two chain lines
package main

import (
	"fmt"
	"os"
)

func main() {
	n := 999 + len(os.Args)
	defer func() {
		fmt.Println("deferred call panics with", n, "again")
		panic(n)
	}()
	panic(n)
}
