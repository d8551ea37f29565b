// clear removes every entry; the map stays usable and shared
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	alias["c"] = 3
	fmt.Println(m)
}
