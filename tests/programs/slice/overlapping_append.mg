// appending a slice to an overlapping prefix of itself shifts elements in place
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	t := append(s[:2], s[3:]...)
	fmt.Println(t, s)
	u := []int{1, 2, 3, 4}
	u = append(u[:1], u...)
	fmt.Println(u)
	v := make([]int, 3, 10)
	copy(v, []int{7, 8, 9})
	w := append(v[1:], v...)
	fmt.Println(v, w)
}
