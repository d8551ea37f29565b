// reslicing extends up to capacity and shares memory with the original
package main

import "fmt"

func main() {
	s := make([]int, 2, 5)
	s[0], s[1] = 1, 2
	t := s[:4]
	t[3] = 7
	fmt.Println(s, t, len(t), cap(t))
	u := t[2:]
	u[0] = 5
	fmt.Println(t, u, len(u), cap(u))
	v := s[1:2]
	fmt.Println(v, cap(v))
	fmt.Println(s[:cap(s)])
}
