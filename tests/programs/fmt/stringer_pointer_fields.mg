// at depth fmt calls String on pointer fields that implement it, and prints <nil> for nil ones
package main

import "fmt"

type Name struct{ first, last string }

func (n *Name) String() string { return n.first + " " + n.last }

type Val struct{ v int }

func (v Val) String() string { return fmt.Sprint("val=", v.v) }

type Record struct {
	Who   *Name
	Alias *Name
	V     Val
	VP    *Val
}

func main() {
	r := Record{Who: &Name{"Ada", "Lovelace"}, V: Val{1}, VP: &Val{2}}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	fmt.Println([]*Name{{"A", "B"}, nil})
	fmt.Println(map[string]*Val{"k": {3}})
}
