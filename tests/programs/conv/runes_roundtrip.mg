// []rune(s) decodes UTF-8 and string([]rune) encodes it back
package main

import "fmt"

func main() {
	s := "aé世😀"
	r := []rune(s)
	fmt.Println(len(s), len(r), r)
	r[1] = 'E'
	fmt.Println(string(r), s)
	bad := "a\xffb"
	rb := []rune(bad)
	fmt.Println(len(rb), rb, string(rb), len(string(rb)))
	fmt.Printf("%U\n", r)
}
