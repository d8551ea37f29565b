// []byte(s) copies the string; modifying the slice leaves the string unchanged
package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	fmt.Println(len(s), len(b), b)
	b[0] = 'H'
	fmt.Println(s, string(b))
	t := string(b)
	b[1] = 'X'
	fmt.Println(t, len(b))
	empty := []byte("")
	fmt.Println(len(empty), empty == nil)
	var nb []byte
	fmt.Printf("%q\n", string(nb))
}
