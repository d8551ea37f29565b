// range over a string yields byte offsets and runes, invalid bytes become U+FFFD
package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	for i, r := range "a\xffb\xe4\xb8c" {
		fmt.Printf("%d %U %q\n", i, r, r)
	}
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println(n)
	for i := range "xyz" {
		fmt.Print(i)
	}
	fmt.Println()
}
