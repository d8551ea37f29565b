// sort.Slice on 100 elements with many ties reproduces Go's pdqsort order exactly
package main

import (
	"fmt"
	"sort"
)

type E struct{ Key, ID int }

func main() {
	es := make([]E, 100)
	for i := range es {
		es[i] = E{(i * 37) % 7, i}
	}
	sort.Slice(es, func(i, j int) bool { return es[i].Key < es[j].Key })
	for i, e := range es {
		fmt.Print(e.Key, ":", e.ID, " ")
		if i%10 == 9 {
			fmt.Println()
		}
	}
	desc := make([]int, 60)
	for i := range desc {
		desc[i] = 60 - i
	}
	sort.Slice(desc, func(i, j int) bool { return desc[i]%5 < desc[j]%5 })
	fmt.Println(desc)
}
