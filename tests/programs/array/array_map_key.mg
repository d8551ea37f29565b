// arrays as map keys and in struct fields
package main

import "fmt"

type Key [2]int

func main() {
	visits := map[Key]int{}
	path := []Key{{0, 0}, {0, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, k := range path {
		visits[k]++
	}
	fmt.Println(visits)
	fmt.Println(visits[Key{0, 0}], visits[[2]int{1, 1}], len(visits))
}
