// a new panic takes over the remaining deferred calls of its frame and all lower frames
// from: /work/shared/SEMANTICS.md §2.1
package main

import "fmt"

func main() {
	defer func() { r := recover(); fmt.Printf("main recovered %T: %v\n", r, r) }()
	g()
}
func g() { defer fmt.Println("g's defer"); h() }
func h() {
	defer fmt.Println("h's first defer")
	var nilf func()
	defer nilf()
	defer func() { defer fmt.Println("the deferred closure's own defer"); panic("second") }()
	panic("first")
}
