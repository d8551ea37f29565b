// copy and clear can be deferred (and started with go): arguments now, effect at return
package main

import "fmt"

type Cell struct{ v int }

func main() {
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	m := map[string]int{"a": 1}
	cells := []Cell{{1}, {2}}
	pv := &cells[1].v
	func() {
		defer copy(dst, src)
		defer clear(m)
		defer clear(cells)
		src = []int{9, 9, 9}
		fmt.Println("before", dst, len(m), cells)
	}()
	fmt.Println(dst, len(m), cells, *pv)
	b := make([]byte, 5)
	func() {
		defer copy(b, "hello")
	}()
	fmt.Println(string(b))
	q := &cells[0].v
	copy(cells, []Cell{{7}, {8}})
	fmt.Println(*q, *pv)
}
