// len and cap of arrays and array pointers; the zero array
package main

import "fmt"

func main() {
	var a [4]float64
	var p *[4]float64
	fmt.Println(len(a), cap(a), len(p), cap(p))
	fmt.Println(a)
	var ss [2][]int
	fmt.Println(ss[0] == nil, ss)
	type T struct{ A [2]bool }
	fmt.Printf("%+v\n", T{})
}
