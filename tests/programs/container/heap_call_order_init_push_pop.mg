// container/heap: the exact sequence of Len/Less/Swap/Push/Pop calls Init, Push and Pop make (equal keys make the order visible)
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

func (h *traced) Len() int {
	h.log = append(h.log, "len")
	return len(h.keys)
}
func (h *traced) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprintf("less(%d,%d)", i, j))
	return h.keys[i] < h.keys[j]
}
func (h *traced) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprintf("swap(%d,%d)", i, j))
	t := h.keys[i]
	h.keys[i] = h.keys[j]
	h.keys[j] = t
}
func (h *traced) Push(x any) {
	h.log = append(h.log, fmt.Sprintf("push(%v)", x))
	h.keys = append(h.keys, x.(int))
}
func (h *traced) Pop() any {
	last := h.keys[len(h.keys)-1]
	h.keys = h.keys[:len(h.keys)-1]
	h.log = append(h.log, fmt.Sprintf("pop=%d", last))
	return last
}

func (h *traced) report(step string) {
	fmt.Printf("%s -> %v\n  %s\n", step, h.keys, strings.Join(h.log, " "))
	h.log = nil
}

func main() {
	h := &traced{keys: []int{4, 2, 2, 7, 1, 2, 9, 0, 2, 4, 2}}
	heap.Init(h)
	h.report("Init")
	for _, k := range []int{2, 0, 5} {
		heap.Push(h, k)
		h.report(fmt.Sprint("Push ", k))
	}
	for i := 0; i < 4; i++ {
		x := heap.Pop(h)
		h.report(fmt.Sprint("Pop got ", x))
	}
	one := &traced{keys: []int{3}}
	heap.Init(one)
	one.report("Init of one")
	heap.Pop(one)
	one.report("Pop of one")
	heap.Push(one, 8)
	one.report("Push onto empty")
}
