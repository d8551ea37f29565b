// an uncaught nil pointer dereference crashes with exit 2
package main

import "fmt"

type Node struct{ next *Node; v int }

func main() {
	n := &Node{v: 1}
	fmt.Println(n.v)
	fmt.Println(n.next.v)
}
