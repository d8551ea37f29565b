// anonymous struct types, literals and their printing
package main

import "fmt"

func main() {
	p := struct {
		Name string
		Age  int
	}{"Ann", 30}
	fmt.Println(p, p.Name)
	fmt.Printf("%+v %T\n", p, p)
	people := []struct {
		N string
		A int
	}{{"a", 1}, {"b", 2}}
	fmt.Println(people)
	var q struct{ Name string; Age int } = p
	fmt.Println(q == p)
	empty := struct{}{}
	fmt.Println(empty)
}
