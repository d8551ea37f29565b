// %#v prints Go syntax for every kind of value
package main

import "fmt"

type T struct {
	A int
	B string
}
type MyInt int
type L []int

func main() {
	fmt.Printf("%#v\n", 42)
	fmt.Printf("%#v\n", "str")
	fmt.Printf("%#v\n", 1.5)
	fmt.Printf("%#v\n", 2.0)
	fmt.Printf("%#v\n", true)
	fmt.Printf("%#v\n", 'x')
	fmt.Printf("%#v\n", uint8(7))
	fmt.Printf("%#v\n", MyInt(3))
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v\n", L{3})
	fmt.Printf("%#v\n", []string(nil))
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%#v\n", map[string]T{"k": {1, "b"}})
	fmt.Printf("%#v\n", T{})
	fmt.Printf("%#v\n", []any{1, "a", nil})
	fmt.Printf("%#v\n", struct{ X, Y int }{1, 2})
	var e error
	fmt.Printf("%#v\n", e)
	var np *T
	fmt.Printf("%#v\n", np)
	fmt.Printf("%#v\n", uint64(255))
}
