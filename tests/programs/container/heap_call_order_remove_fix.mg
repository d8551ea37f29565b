// container/heap: the calls Remove (middle, last, first) and Fix (sinking, rising, unchanged) make, and their results
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type traced struct {
	keys []int
	log  []string
}

func (h *traced) Len() int { return len(h.keys) }
func (h *traced) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprintf("L%d%d", i, j))
	return h.keys[i] < h.keys[j]
}
func (h *traced) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprintf("S%d%d", i, j))
	h.keys[i], h.keys[j] = h.keys[j], h.keys[i]
}
func (h *traced) Push(x any) { h.keys = append(h.keys, x.(int)) }
func (h *traced) Pop() any {
	last := h.keys[len(h.keys)-1]
	h.keys = h.keys[:len(h.keys)-1]
	h.log = append(h.log, "pop")
	return last
}

func (h *traced) report(step string, got ...any) {
	fmt.Printf("%-14s %v %v  %s\n", step, got, h.keys, strings.Join(h.log, " "))
	h.log = nil
}

func main() {
	h := &traced{keys: []int{1, 3, 2, 3, 3, 2, 5, 4, 3, 3}}
	heap.Init(h)
	h.report("init")
	h.report("remove 3", heap.Remove(h, 3))
	h.report("remove last", heap.Remove(h, h.Len()-1))
	h.report("remove 0", heap.Remove(h, 0))
	h.report("remove 5", heap.Remove(h, 5))
	h.keys[0] = 6
	heap.Fix(h, 0)
	h.report("fix 0 to 6")
	h.keys[h.Len()-1] = 0
	heap.Fix(h, h.Len()-1)
	h.report("fix last to 0")
	heap.Fix(h, 2)
	h.report("fix unchanged")
	h.keys[1] = 2
	heap.Fix(h, 1)
	h.report("fix 1 equal")
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
}
