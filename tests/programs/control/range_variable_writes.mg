// writes to range variables inside the body never change the iteration (declared or assigned, over ints, slices, arrays, maps, strings, typed integer counts)
package main

import "fmt"

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
		i += 2
		fmt.Print(i, ";")
	}
	fmt.Println()
	s := []int{10, 20, 30}
	for i, v := range s {
		i++
		v *= 2
		fmt.Print(i, v, " ")
	}
	fmt.Println(s)
	var k int
	for k = range 4 {
		k += 10
		fmt.Print(k, " ")
	}
	fmt.Println(k)
	var fs []func() int
	for i, v := range [3]int{7, 8, 9} {
		fs = append(fs, func() int { return i*10 + v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	m := map[string]int{"a": 1}
	for k, v := range m {
		m[k] = v + 1
		k = "z"
		_ = k
	}
	fmt.Println(m)
	var i8 int8
	for i8 = range int8(3) {
	}
	fmt.Println(i8)
	type Idx uint8
	var u Idx
	for u = range Idx(200) {
	}
	fmt.Printf("%T %v\n", u, u)
	var r rune
	for _, r = range "héllo" {
	}
	fmt.Println(string(r))
}
