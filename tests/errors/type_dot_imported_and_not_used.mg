// checks: a dot import none of whose names is used is reported at the dot
package main

import (
	"fmt"
	. "strings"
)

func main() {
	ToUpper := func(s string) string { return s + "!" }
	fmt.Println(ToUpper("shadowed by a local"))
}
