// named pointer-to-array types: len, cap, range and slicing behave like *[N]T, nil included
package main

import "fmt"

type PA *[3]int
type Arr [2]string
type PArr *Arr

func get() PA { return nil }

func main() {
	var p PA
	fmt.Println(len(p), cap(p), len(get()))
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println()
	var q PArr
	for i := range q {
		fmt.Print(i)
	}
	fmt.Println(len(q))
	const c = len(p)
	fmt.Println(c)
	a := Arr{"x", "y"}
	q = &a
	for i, v := range q {
		fmt.Print(i, v)
	}
	fmt.Println(q[1:])
	func() {
		defer func() { fmt.Println(recover()) }()
		var r PA
		fmt.Println(r[:])
	}()
}
