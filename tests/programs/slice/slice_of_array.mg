// slicing an array shares its storage; the array itself is a value
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	s := arr[1:3]
	s[0] = 20
	fmt.Println(arr, s, len(s), cap(s))
	copyArr := arr
	s[1] = 30
	fmt.Println(arr, copyArr)
	p := &arr
	t := p[:]
	t[3] = 40
	fmt.Println(arr, len(p), p[3])
	for i, v := range p {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
}
