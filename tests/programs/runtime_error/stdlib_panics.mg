// standard library functions panic on invalid arguments: negative Repeat count, bad FormatInt base
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T | %v\n", name, r, r)
	}()
	f()
}

func main() {
	n := -1
	try("Repeat", func() { _ = strings.Repeat("x", n) })
	try("FormatInt", func() { _ = strconv.FormatInt(10, 1) })
	try("FormatInt 37", func() { _ = strconv.FormatInt(10, 37) })
	fmt.Println(strings.Repeat("ab", 0) == "", strconv.FormatInt(35, 36))
}
