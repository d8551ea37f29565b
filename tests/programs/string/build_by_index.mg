// building strings from bytes, runes and substrings
package main

import "fmt"

func main() {
	s := "abcdef"
	rev := ""
	for i := len(s) - 1; i >= 0; i-- {
		rev += string(s[i])
	}
	fmt.Println(rev)
	var b []byte
	for i := 0; i < len(s); i += 2 {
		b = append(b, s[i])
	}
	fmt.Println(string(b))
	pal := "racecar"
	ok := true
	for i := 0; i < len(pal)/2; i++ {
		if pal[i] != pal[len(pal)-1-i] {
			ok = false
		}
	}
	fmt.Println(ok, s[1:4]+s[:1])
}
