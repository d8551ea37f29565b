// len and cap of strings, arrays, array pointers, slices, maps and channels
package main

import "fmt"

func main() {
	s := "héllo"
	arr := [5]int{}
	pa := &arr
	sl := make([]int, 2, 7)
	m := map[int]int{1: 1, 2: 2}
	ch := make(chan int, 4)
	ch <- 1
	var nilSl []int
	var nilM map[int]int
	var nilCh chan int
	fmt.Println(len(s), len(arr), cap(arr), len(pa), cap(pa))
	fmt.Println(len(sl), cap(sl), len(m), len(ch), cap(ch))
	fmt.Println(len(nilSl), cap(nilSl), len(nilM), len(nilCh), cap(nilCh))
	const k = len("const")
	fmt.Println(k, len([3]string{}))
}
