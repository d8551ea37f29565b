// deferred calls run after result slots are set and can change named results only
// from: /work/shared/SEMANTICS.md §1.4
package main

import "fmt"

func named() (s string) {
	defer func() { fmt.Println("defer sees", s); s += "+defer" }()
	s = "assigned"
	return "returned"
}
func unnamed() int {
	n := 4
	defer func() { defer fmt.Println("the deferred closure's own defer"); n *= 10 }()
	return n
}
func main() { fmt.Println(named(), unnamed()) }
