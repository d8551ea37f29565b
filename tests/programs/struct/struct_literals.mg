// keyed and positional struct literals, partial keys and nested literals
package main

import "fmt"

type Addr struct{ City, Zip string }
type Person struct {
	Name string
	Age  int
	Addr Addr
	Tags []string
}

func main() {
	a := Person{Name: "Bo"}
	b := Person{"Cy", 40, Addr{"Rome", "001"}, []string{"x"}}
	c := &Person{Age: 5, Addr: Addr{City: "Oslo"}}
	fmt.Printf("%+v\n%+v\n%+v\n", a, b, *c)
	fmt.Printf("%v\n", b)
	ps := []*Person{{Name: "p1"}, {Name: "p2"}}
	fmt.Println(ps[1].Name, len(ps))
}
