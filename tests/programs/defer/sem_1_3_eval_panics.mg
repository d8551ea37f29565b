// a panic while evaluating a deferred call happens at the defer statement and registers nothing
// from: /work/shared/SEMANTICS.md §1.3
package main

import "fmt"

type T struct{}
func (T) V()  { fmt.Println("V") }
func (*T) P() { fmt.Println("P with nil receiver") }
func main() {
	defer fmt.Println("main's defer")
	var p *T
	defer p.P()
	fmt.Println("before defer p.V()")
	defer p.V()
	fmt.Println("not reached")
}
