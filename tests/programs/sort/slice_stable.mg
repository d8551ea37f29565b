// sort.SliceStable keeps equal elements in their original order
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
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	for _, p := range people {
		fmt.Print(p.Name, p.Age, " ")
	}
	fmt.Println()
	words := []string{"bb", "a", "ccc", "dd", "e", "fff"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
}
