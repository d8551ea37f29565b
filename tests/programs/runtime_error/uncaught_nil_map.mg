// an uncaught nil map write crashes with the plain message
package main

import "fmt"

type Registry struct{ items map[string]int }

func main() {
	var r Registry
	fmt.Println(r.items["x"])
	r.items["x"] = 1
}
