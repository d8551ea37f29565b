// appending more elements than double the capacity sizes the new array from the needed length
package main

import "fmt"

// Package variables keep the backing arrays on the heap (see append_growth.mg).
var (
	s   []int
	b   []byte
	big []int
	e   []int
	n   []int64
)

func main() {
	s = make([]int, 3)
	s = append(s, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	fmt.Println(len(s), cap(s))
	b = []byte("ab")
	b = append(b, "cdefghijklmnopqrstuvwxyz"...)
	fmt.Println(len(b), cap(b))
	big = make([]int, 600)
	big = append(big, 1)
	fmt.Println(len(big), cap(big))
	e = append([]int{}, make([]int, 5)...)
	fmt.Println(len(e), cap(e))
	n = append(n, 1, 2, 3)
	fmt.Println(len(n), cap(n))
}
