// closures can capture and modify named results, seen by the caller at return
package main

import "fmt"

func build() (out []string, count int) {
	add := func(s string) {
		out = append(out, s)
		count++
	}
	add("a")
	add("b")
	defer add("deferred")
	return out, count
}

func main() {
	out, count := build()
	fmt.Println(out, count)
}
