// append grows capacity by Go's growth rule; len and cap after each append
package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 1100; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
	b := []byte{}
	for i := 0; i < 40; i++ {
		b = append(b, 'x')
	}
	fmt.Println(len(b), cap(b))
	str := append([]string(nil), "a", "b", "c")
	fmt.Println(len(str), cap(str))
}
