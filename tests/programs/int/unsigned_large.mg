// uint64 arithmetic near the top of the range: multiplication wrap, division, modulo
package main

import "fmt"

func main() {
	var a uint64 = 1<<64 - 1
	fmt.Println(a, a/3, a%7, a*2, a*a)
	var b uint64 = 1 << 63
	fmt.Println(b, b+b, b>>62, b/10)
	var c uint32 = 1<<32 - 1
	fmt.Println(c*c, c+c, uint64(c)*uint64(c))
	var u uint = 10
	fmt.Println(u/3, u%3, -u/3)
}
