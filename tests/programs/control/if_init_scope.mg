// if with init statement: variables are scoped to all branches and shadow outer ones
package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := "outer"
	if x := 5; x > 3 {
		fmt.Println("then", x)
	} else {
		fmt.Println("else", x)
	}
	fmt.Println(x)
	for _, s := range []string{"12", "x", "-3"} {
		if n, err := strconv.Atoi(s); err != nil {
			fmt.Println("error:", err)
		} else if n < 0 {
			fmt.Println("negative", n)
		} else {
			fmt.Println("ok", n)
		}
	}
}
