// map literals with elided composite key and value types
package main

import "fmt"

type P struct{ A, B int }

func main() {
	m := map[P][]P{
		{1, 2}: {{3, 4}, {5, 6}},
		{0, 0}: nil,
	}
	fmt.Println(m)
	n := map[string]*P{"p": {7, 8}}
	fmt.Println(*n["p"])
	o := map[[2]string]map[string]int{{"a", "b"}: {"x": 1}}
	fmt.Println(o)
}
