// %v and %+v of nested slices, maps, arrays and structs with interface fields
package main

import "fmt"

type Pair struct {
	K string
	V any
}

func main() {
	data := map[string][]Pair{
		"b": {{"x", 1}, {"y", []int{2, 3}}},
		"a": {{"z", map[string]bool{"t": true}}, {"n", nil}},
	}
	fmt.Println(data)
	fmt.Printf("%+v\n", data)
	grid := [2][2]string{{"a", "b"}, {"", "d"}}
	fmt.Printf("%v %q\n", grid, grid)
	mixed := []any{1, "two", 3.0, []string{"four"}, Pair{"five", 5}, nil, true}
	fmt.Println(mixed)
	fmt.Printf("%v\n%+v\n", mixed, mixed)
}
