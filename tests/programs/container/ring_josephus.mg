// Tutorial: the Josephus problem on a container/ring — every k-th person of a circle leaves until one is left
package main

import (
	"container/ring"
	"fmt"
)

func josephus(n, k int) (order []int, survivor int) {
	circle := ring.New(n)
	for i := 1; i <= n; i++ {
		circle.Value = i
		circle = circle.Next()
	}
	// Stand just before the first person counted.
	cur := circle.Prev()
	for cur.Len() > 1 {
		cur = cur.Move(k - 1)
		out := cur.Unlink(1)
		order = append(order, out.Value.(int))
	}
	return order, cur.Value.(int)
}

func main() {
	for _, c := range [][2]int{{7, 3}, {10, 2}, {5, 1}, {6, 7}, {1, 4}, {41, 3}} {
		order, last := josephus(c[0], c[1])
		fmt.Printf("n=%d k=%d: out %v, survivor %d\n", c[0], c[1], order, last)
	}
}
