// block scopes: inner declarations shadow outer ones and vanish at block end
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		x += "!"
		fmt.Println(x)
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	if true {
		x = "assigned in if"
	}
	fmt.Println(x)
	a, b := 1, 2
	{
		a, c := 10, 20
		b = a + c
	}
	fmt.Println(a, b)
}
