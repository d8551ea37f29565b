// fmt calls String promoted through unnamed structs at any depth: exported fields, pointers, slices, maps, every verb (unexported fields print raw)
package main

import "fmt"

type Name struct{ s string }

func (n Name) String() string { return "Name(" + n.s + ")" }

type Holder struct {
	X struct{ Name }
	y struct{ Name }
	P *struct{ Name }
}

func main() {
	h := Holder{struct{ Name }{Name{"x"}}, struct{ Name }{Name{"y"}}, &struct{ Name }{Name{"p"}}}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Println([]struct{ Name }{{Name{"a"}}}, map[string]struct{ Name }{"k": {Name{"v"}}})
	fmt.Printf("%s %q %x\n", struct{ Name }{Name{"s"}}, struct{ Name }{Name{"q"}}, struct{ Name }{Name{"h"}})
}
