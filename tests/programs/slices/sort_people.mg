// tutorial: sorting records with slices.SortFunc and cmp.Compare (by age then name), stable re-sorts, BinarySearchFunc
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Person struct {
	Name string
	Age  int
}

func byAgeThenName(a, b Person) int {
	if c := cmp.Compare(a.Age, b.Age); c != 0 {
		return c
	}
	return cmp.Compare(a.Name, b.Name)
}

func main() {
	people := []Person{
		{"Gopher", 13}, {"Alice", 55}, {"Bob", 24}, {"Carol", 24}, {"Dave", 55}, {"Eve", 31},
	}
	slices.SortFunc(people, byAgeThenName)
	for _, p := range people {
		fmt.Printf("%-7s %d\n", p.Name, p.Age)
	}
	i, found := slices.BinarySearchFunc(people, 31, func(p Person, age int) int { return cmp.Compare(p.Age, age) })
	fmt.Println(i, found, people[i].Name)
	i, found = slices.BinarySearchFunc(people, 40, func(p Person, age int) int { return cmp.Compare(p.Age, age) })
	fmt.Println(i, found)
	// Stable by name length: equal lengths keep the age order.
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(len(a.Name), len(b.Name)) })
	fmt.Println(people)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	youngest := slices.MinFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest, youngest)
	names := make([]string, 0, len(people))
	for _, p := range people {
		names = append(names, p.Name)
	}
	slices.Sort(names)
	fmt.Println(names, slices.IsSorted(names), slices.Index(names, "Eve"))
	fmt.Println(slices.IsSortedFunc(people, byAgeThenName))
}
