// building and reversing a linked list through pointers
package main

import "fmt"

type Node struct {
	V    int
	Next *Node
}

func reverse(h *Node) *Node {
	var prev *Node
	for h != nil {
		h, h.Next, prev = h.Next, prev, h
	}
	return prev
}

func show(h *Node) {
	for ; h != nil; h = h.Next {
		fmt.Print(h.V, "->")
	}
	fmt.Println("nil")
}

func main() {
	var h *Node
	for i := 5; i >= 1; i-- {
		h = &Node{i, h}
	}
	show(h)
	h = reverse(h)
	show(h)
}
