// slicing strings by byte offsets, including in the middle of a rune
package main

import "fmt"

func main() {
	s := "hello, 世界"
	fmt.Println(s[:5], s[7:], s[7:10], s[:], s[3:3] == "")
	fmt.Printf("%q\n", s[7:8])
	fmt.Printf("%q\n", s[8:])
	t := s[2:9]
	fmt.Println(len(t), t)
	empty := s[len(s):]
	fmt.Println(len(empty))
}
