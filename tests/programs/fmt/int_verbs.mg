// integer verbs %d %b %o %x %X %c %q %U with widths and flags
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%b|%o|%x|%X|%c|%q|%U\n", n, n, n, n, n, n, n, n)
	fmt.Printf("%#b|%#o|%#x|%#X|%#U\n", n, n, n, n, 0x1F600)
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%+05d]\n", 42, 42, 42, 42, 42, -42)
	fmt.Printf("[%x][%X][% x][%08b]\n", -255, -255, 3, 5)
	fmt.Printf("[%.3d][%6.3d][%-6.3d]\n", 7, 7, 7)
	var u8 uint8 = 200
	var i8 int8 = -5
	fmt.Printf("%d %d %x %v\n", u8, i8, i8, uint64(1<<63))
	fmt.Printf("%c%c%c %q %q\n", 'G', 'o', '!', 'x', '\n')
}
