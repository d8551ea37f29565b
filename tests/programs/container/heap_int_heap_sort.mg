// container/heap: a min-heap of ints on a slice type, heap sort by popping, and Pop of an empty heap panicking in the program's own Swap
package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int) {
	t := h[i]
	h[i] = h[j]
	h[j] = t
}
func (h *IntHeap) Push(x any) { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	h := &IntHeap{9, 4, 7, 1, 8, 2, 2, 6}
	heap.Init(h)
	fmt.Println("heap order:", *h, "min", (*h)[0])
	heap.Push(h, 3)
	heap.Push(h, -5)
	fmt.Println("after pushes:", *h)
	// The value type alone has sort.Interface's methods: sort.Sort would take it.
	var asSortable sort.Interface = *h
	fmt.Println("sortable len", asSortable.Len())
	var sorted []int
	for h.Len() > 0 {
		sorted = append(sorted, heap.Pop(h).(int))
	}
	fmt.Println("sorted:", sorted)
	var empty IntHeap
	heap.Init(&empty)
	heap.Push(&empty, 1)
	fmt.Println(heap.Pop(&empty), empty.Len())
	defer func() {
		r := recover()
		fmt.Printf("empty Pop: %v (%T)\n", r, r)
	}()
	heap.Pop(&empty)
}
