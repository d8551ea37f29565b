// gc: churn of cyclic garbage (rings of nodes, each with a small slice) while a
// bounded window of rings stays live — measures allocation and collection.
package main

import "fmt"

type Node struct {
	next, prev *Node
	val        int
	data       []int
}

func ring(n, seed int) *Node {
	head := &Node{val: seed, data: make([]int, 4)}
	cur := head
	for i := 1; i < n; i++ {
		nd := &Node{val: seed + i, prev: cur, data: make([]int, 4)}
		nd.data[i&3] = i
		cur.next = nd
		cur = nd
	}
	cur.next = head
	head.prev = cur
	return head
}

func sum(head *Node) int {
	s := head.val
	for nd := head.next; nd != head; nd = nd.next {
		s += nd.val + nd.data[nd.val&3]
	}
	return s
}

func main() {
	live := make([]*Node, 16)
	total := 0
	for r := 0; r < 10000; r++ {
		head := ring(100, r)
		live[r%len(live)] = head
		total = (total + sum(head)) & 0xFFFFFFF
	}
	for _, h := range live {
		total += h.prev.val
	}
	fmt.Println(total)
}
