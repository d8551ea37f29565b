// %v %+v %#v of nested structs, pointers to structs and embedded fields
package main

import "fmt"

type Addr struct {
	City string
	Zip  int
}

type Person struct {
	Name  string
	Age   int
	Addr  Addr
	Ptr   *Addr
	Tags  []string
	Meta  map[string]int
	Any   any
	Score float64
}

type Emb struct {
	Addr
	Note string
}

func main() {
	p := Person{"Ann", 30, Addr{"Oslo", 1}, &Addr{"Rome", 2}, []string{"a"}, map[string]int{"k": 1}, 7, 1.5}
	fmt.Printf("%v\n", p.Addr)
	fmt.Printf("%+v %v %v %v %v\n", p.Addr, p.Ptr, p.Tags, p.Meta, p.Any)
	var q Person
	fmt.Printf("%v\n%+v\n", q, q)
	fmt.Printf("%#v\n", q)
	fmt.Printf("%#v\n", Addr{"X", 3})
	e := Emb{Addr{"Y", 4}, "n"}
	fmt.Printf("%v %+v\n%#v\n", e, e, e)
	fmt.Printf("%v %+v\n", &e, &Addr{"Z", 5})
}
