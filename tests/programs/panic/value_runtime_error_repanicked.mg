// re-panicking a recovered runtime error value merges into [recovered, repanicked]
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	var s []int
	idx := 3
	_ = s[idx]
}
