// sort.Slice on sorted, reversed and sawtooth inputs with duplicate keys matches Go's element order
package main

import (
	"fmt"
	"sort"
)

type Item struct{ Key, ID int }

func show(name string, items []Item) {
	sort.Slice(items, func(i, j int) bool { return items[i].Key < items[j].Key })
	fmt.Print(name, ":")
	for _, it := range items {
		fmt.Print(" ", it.ID)
	}
	fmt.Println()
}

func build(n int, key func(i int) int) []Item {
	items := make([]Item, n)
	for i := range items {
		items[i] = Item{key(i), i}
	}
	return items
}

func main() {
	show("ascending", build(40, func(i int) int { return i / 4 }))
	show("descending", build(40, func(i int) int { return (39 - i) / 4 }))
	show("sawtooth", build(60, func(i int) int { return i % 6 }))
	show("constant", build(30, func(i int) int { return 1 }))
	show("organ pipe", build(50, func(i int) int {
		if i < 25 {
			return i / 3
		}
		return (49 - i) / 3
	}))
}
