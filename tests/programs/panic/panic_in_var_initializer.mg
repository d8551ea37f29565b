// a panic while initializing a package variable crashes before init and main
package main

import "fmt"

var table = build()

func build() map[string]int {
	var m map[string]int
	fmt.Println("building table")
	m["x"] = 1
	return m
}

func init() { fmt.Println("init never runs") }

func main() { fmt.Println("main never runs", len(table)) }
