// string constants, len of constant strings and constant expressions on them
package main

import "fmt"

const greeting = "hello, " + "world"
const n = len(greeting)
const raw = `a\nb`

type Name string

const me Name = "gopher"

func main() {
	fmt.Println(greeting, n)
	fmt.Println(raw, len(raw))
	fmt.Println(greeting[0], greeting[7:])
	fmt.Printf("%T %q\n", me, me)
	var arr [n]int
	fmt.Println(len(arr))
}
