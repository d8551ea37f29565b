// checks: a keyed literal cannot set another package's unexported field
package main

import "strings"

func main() {
	b := strings.Builder{buf: []byte("x")}
	println(b.String())
}
