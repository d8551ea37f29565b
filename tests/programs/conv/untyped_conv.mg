// constant conversions and implicit conversions of untyped values
package main

import "fmt"

type Small int8

func main() {
	const c = 100
	var s Small = c
	fmt.Printf("%T %v\n", s, s)
	fmt.Println(float32(c)/3, c/3, c/3.0)
	var u uint = c
	fmt.Println(u - 1)
	var r rune = 'A' + 2
	fmt.Println(r, string(r))
	fmt.Println(byte('a') + 1)
	f := float64(7) / 2
	fmt.Println(f)
	var i any = c
	fmt.Printf("%T\n", i)
	var j any = 2.0
	fmt.Printf("%T\n", j)
}
