// string(rune) encodes UTF-8 and invalid code points become U+FFFD
package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))
	bad := []rune{-1, 0xD800, 0x110000}
	for _, r := range bad {
		s := string(r)
		fmt.Printf("%q %d\n", s, len(s))
	}
	var b byte = 'z'
	fmt.Println(string(rune(b)))
	r := 'é'
	fmt.Println(string(r), len(string(r)))
}
