// []byte and []rune print as numbers with %v and as text with %s and %c
package main

import "fmt"

func main() {
	b := []byte("Go!")
	r := []rune("Gö")
	fmt.Println(b, r)
	fmt.Printf("%v %s %q %x\n", b, b, b, b)
	fmt.Printf("%v %c %q %U\n", r, r, r, r)
	fmt.Printf("%d %s\n", [3]byte{1, 2, 3}, [2]byte{'h', 'i'})
	var nb []byte
	fmt.Printf("[%s][%v][%q]\n", nb, nb, nb)
}
