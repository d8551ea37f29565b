// append to nil, append nothing, copy into shorter slices, self-append
package main

import "fmt"

func main() {
	var s []int
	s = append(s)
	fmt.Println(s == nil, len(s))
	s = append(s, []int{}...)
	fmt.Println(s == nil)
	s = append(s, 1)
	s = append(s, s...)
	s = append(s, s...)
	fmt.Println(s, len(s), cap(s))
	d := make([]int, 2)
	fmt.Println(copy(d, s), d)
	b := make([]byte, 3)
	fmt.Println(copy(b, "xy"), b)
	bs := append([]byte(nil), "hé"...)
	fmt.Println(bs, len(bs))
}
