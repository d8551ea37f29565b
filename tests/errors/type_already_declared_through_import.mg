// checks: a package-level declaration may not reuse the name of an import of the file
package main

import (
	"fmt"
	"strings"
)

var fmt = strings.ToUpper("x")

func main() {
	println(strings.ToLower("Y"))
}
