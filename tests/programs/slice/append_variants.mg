// append with several values, with a spread slice and with a string to []byte
package main

import "fmt"

func main() {
	s := []int{1}
	s = append(s, 2, 3)
	s = append(s, []int{4, 5}...)
	s = append(s)
	s = append(s, s...)
	fmt.Println(s, len(s))
	b := append([]byte("ab"), "cd"...)
	fmt.Println(string(b))
	var any1 []any
	any1 = append(any1, 1, "x", nil, 2.5)
	fmt.Println(any1, len(any1))
}
