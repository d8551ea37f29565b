// removing and inserting elements with append and copy
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	i := 2
	s = append(s[:i], s[i+1:]...)
	fmt.Println(s, len(s), cap(s))
	s = append(s[:1], append([]int{10, 11}, s[1:]...)...)
	fmt.Println(s, len(s))
	filtered := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			filtered = append(filtered, v)
		}
	}
	fmt.Println(filtered, s)
}
