// unsigned subtraction below zero wraps around
package main

import "fmt"

func main() {
	var a uint = 3
	var b uint = 5
	fmt.Println(a - b)
	var c uint8 = 0
	c--
	fmt.Println(c)
	var d uint32 = 1
	fmt.Println(d - 2)
	var e uint16 = 10
	e -= 20
	fmt.Println(e)
	n := uint64(0)
	fmt.Println(n-1, -n)
	var u8 uint8 = 1
	fmt.Println(-u8)
}
