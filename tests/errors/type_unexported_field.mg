// checks: another package's unexported fields are out of reach
package main

import "strings"

func main() {
	var b strings.Builder
	b.WriteString("x")
	println(len(b.buf))
}
