// checks: a stdlib member minigo does not provide is undefined
package main

import "strings"

func main() {
	before, _, _ := strings.Cut("a=b", "=")
	println(before)
}
