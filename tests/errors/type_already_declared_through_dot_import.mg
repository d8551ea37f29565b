// checks: a package-level declaration may not reuse a name a dot import put in the file block
package main

import (
	"fmt"
	. "strings"
)

type Builder struct{ parts []string }

func Contains(s, sub string) bool { return false }

func main() {
	fmt.Println(ToUpper("x"), Builder{}, Contains("ab", "a"))
}
