// integer literals: hex, octal, binary, underscores, runes
package main

import "fmt"

func main() {
	fmt.Println(0x_FF, 0o17, 017, 0b1011, 1_000_000)
	fmt.Println(0x10, 'a', '\n', '\x41', '\u00e9', '\U0001F600', '\101')
	fmt.Println('\'', '\\', '\t')
	fmt.Println(1e3, 1_0.5e1, .5, 5.)
	fmt.Println(0x7fffffffffffffff, -0x8000000000000000)
}
