// a pointer to a slice element keeps the old array alive after append reallocates
package main

import "fmt"

type Item struct{ V int }

var items []Item

func main() {
	items = make([]Item, 1, 1)
	p := &items[0]
	items = append(items, Item{2})
	p.V = 99
	fmt.Println(items[0].V, p.V, len(items))
	q := &items[1]
	items[1].V = 7
	fmt.Println(q.V)
}
