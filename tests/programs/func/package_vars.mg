// package-level variables are shared by all functions and zero-initialized
package main

import "fmt"

var (
	count  int
	names  []string
	lookup = map[string]int{"one": 1}
	ratio  float64
)

func record(n string) {
	count++
	names = append(names, n)
	lookup[n] = count
}

func main() {
	fmt.Println(count, names == nil, ratio, lookup)
	record("a")
	record("b")
	fmt.Println(count, names, lookup)
}
