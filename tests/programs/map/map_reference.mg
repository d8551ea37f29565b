// maps are references: passing to a function and assigning shares the entries
package main

import "fmt"

func add(m map[string]int, k string) { m[k]++ }

func main() {
	m := make(map[string]int, 10)
	add(m, "a")
	add(m, "a")
	n := m
	n["b"] = 5
	fmt.Println(m, len(m))
	type S struct{ M map[string]int }
	s := S{m}
	s2 := s
	s2.M["c"] = 7
	fmt.Println(s.M)
}
