// compound assignment operators on integers
package main

import "fmt"

func main() {
	x := 10
	x += 5
	fmt.Println(x)
	x -= 3
	fmt.Println(x)
	x *= 4
	fmt.Println(x)
	x /= 5
	fmt.Println(x)
	x %= 4
	fmt.Println(x)
	x <<= 5
	fmt.Println(x)
	x >>= 2
	fmt.Println(x)
	x |= 0x100
	fmt.Println(x)
	x &= 0x1f0
	fmt.Println(x)
	x ^= 0xff
	fmt.Println(x)
	x &^= 0x0f
	fmt.Println(x)
	var b byte = 250
	b += 10
	fmt.Println(b)
}
