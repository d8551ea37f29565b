// several names per const spec share the same iota value
package main

import "fmt"

const (
	a, b = iota, iota * 100
	c, d
	e, f
)

const (
	first = iota + 'a'
	second
	third
)

func main() {
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(first, second, third)
	fmt.Printf("%c %c %c\n", first, second, third)
}
