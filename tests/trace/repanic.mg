// a deferred call recovers and panics again with the same value: Go prints it once, [recovered, repanicked]
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("logging:", r)
		panic(r)
	}()
	var m map[string]int
	m["k"] = 1
}
