// re-panicking with a large int re-converted from the recovered interface prints two records
package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(r.(int))
	}()
	n := 999 + len(os.Args)
	panic(n)
}
