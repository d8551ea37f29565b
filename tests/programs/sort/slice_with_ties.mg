// sort.Slice is not stable: equal elements end in Go's pdqsort order
package main

import (
	"fmt"
	"sort"
)

type P struct {
	Name string
	Age  int
}

func main() {
	people := []P{}
	names := "abcdefghijklmnopqrstuvwxyz"
	for i := 0; i < 26; i++ {
		people = append(people, P{string(names[i]), (i * 7) % 5})
	}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	for _, p := range people {
		fmt.Print(p.Name, p.Age, " ")
	}
	fmt.Println()
	small := []P{{"x", 1}, {"y", 0}, {"z", 1}, {"w", 0}}
	sort.Slice(small, func(i, j int) bool { return small[i].Age < small[j].Age })
	fmt.Println(small)
}
