// strings are values: assignment and conversion copy, substrings are independent
package main

import "fmt"

func change(s string) string {
	s += " changed"
	return s
}

func main() {
	a := "original"
	b := change(a)
	fmt.Println(a, "|", b)
	bs := []byte(a)
	bs[0] = 'O'
	fmt.Println(a, string(bs))
	parts := []string{a[:4], a[4:]}
	a = "other"
	fmt.Println(parts, a)
}
