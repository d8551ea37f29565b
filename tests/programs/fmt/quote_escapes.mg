// %q escapes control and non-printable characters, %+q escapes non-ASCII
package main

import "fmt"

func main() {
	fmt.Printf("%q\n", "a\x00b\x7f\tc\u00a0d\u200be")
	fmt.Printf("%+q\n", "é😀")
	fmt.Printf("%q %q %q\n", '\x00', 'é', '\u200b')
	fmt.Printf("%+q %#q\n", 'é', 'é')
	fmt.Printf("%q\n", "\xff\xfe")
	fmt.Printf("%q\n", []rune("ab"))
	fmt.Printf("%#q\n", "has\nnewline")
}
