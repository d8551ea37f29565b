// container/ring: New of every small size, Len, Do, Next/Prev and Move by more than the ring's length in both directions
package main

import (
	"container/ring"
	"fmt"
)

func numbered(n int) *ring.Ring {
	r := ring.New(n)
	for i := 0; i < n; i++ {
		r.Value = i
		r = r.Next()
	}
	return r
}

func show(r *ring.Ring) {
	fmt.Print("len ", r.Len(), ":")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	for _, n := range []int{-2, 0, 1, 2, 3} {
		r := ring.New(n)
		fmt.Println(n, r == nil, r.Len())
	}
	var none *ring.Ring
	show(none)
	r := numbered(5)
	show(r)
	for _, n := range []int{0, 1, 4, 5, 6, 12, -1, -5, -7, -13} {
		fmt.Print("Move(", n, ") ")
		show(r.Move(n))
	}
	fmt.Println(r.Next().Value, r.Prev().Value, r.Next().Prev() == r, r.Prev().Prev().Value)
	one := numbered(1)
	fmt.Println(one.Next() == one, one.Prev() == one, one.Move(9) == one, one.Move(-9) == one)
	sum := 0
	numbered(10).Do(func(v any) { sum += v.(int) })
	fmt.Println("sum", sum)
	r.Do(func(v any) {
		if v.(int)%2 == 0 {
			fmt.Print(v, " is even; ")
		}
	})
	fmt.Println()
}
