// the zero value of a struct has every field zeroed
package main

import "fmt"

type All struct {
	B  bool
	I  int
	F  float64
	S  string
	Sl []int
	M  map[string]int
	P  *int
	E  error
	A  [2]uint8
	St struct{ X int }
}

func main() {
	var z All
	fmt.Printf("%v\n", z)
	fmt.Printf("%+v\n", z)
	fmt.Println(z.Sl == nil, z.M == nil, z.P == nil, z.E == nil)
}
