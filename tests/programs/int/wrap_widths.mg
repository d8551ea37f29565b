// addition and multiplication wrap around in every integer width
package main

import "fmt"

func main() {
	var a int8 = 127
	var b uint8 = 255
	var c int16 = 32767
	var d uint16 = 65535
	var e int32 = 2147483647
	var f uint32 = 4294967295
	var g int64 = 9223372036854775807
	var h uint64 = 18446744073709551615
	a++
	b++
	c++
	d++
	e++
	f++
	g++
	h++
	fmt.Println(a, b, c, d, e, f, g, h)
	a--
	b--
	fmt.Println(a, b)
	var m int8 = 100
	fmt.Println(m*3, m*m)
	var n uint32 = 70000
	fmt.Println(n*n, uint64(n)*uint64(n))
}
