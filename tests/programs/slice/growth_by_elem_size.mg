// append growth rounds capacity to allocation size classes, so it depends on element size
package main

import "fmt"

type Triple struct{ A, B, C int64 }

// Package variables keep the backing arrays on the heap (see append_growth.mg).
var (
	s   []string
	t   []Triple
	b   []byte
	i32 []int32
)

func main() {
	for i := 0; i < 20; i++ {
		s = append(s, "x")
		t = append(t, Triple{})
		b = append(b, 1)
		i32 = append(i32, 1)
		fmt.Println(i+1, cap(s), cap(t), cap(b), cap(i32))
	}
}
