// %c and %U of runes, including invalid code points
package main

import "fmt"

func main() {
	for _, r := range []rune{'A', 'é', '世', 0x1F600, -1, 0x110000} {
		fmt.Printf("%c|%U|%#U|%d\n", r, r, r, r)
	}
	fmt.Printf("%c\n", []rune("hey"))
	fmt.Printf("[%3c][%-3c]\n", 'x', 'y')
}
