// arrays of structs: field updates through index, copies via range
package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	var inv [3]Item
	inv[0] = Item{"apple", 3}
	inv[1].Name = "pear"
	inv[1].Count++
	for _, it := range inv {
		it.Count = 1000
	}
	fmt.Println(inv)
	fmt.Printf("%+v\n", inv)
	total := 0
	for i := range inv {
		total += inv[i].Count
	}
	fmt.Println(total, len(inv))
}
