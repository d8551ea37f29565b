// the iterator members of slices and maps: All, Values, Backward, Collect, AppendSeq, Sorted, SortedFunc, SortedStableFunc, Chunk; maps.All, Keys, Values, Insert, Collect; slices.Sorted(maps.Keys(m))
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	s := []string{"pear", "fig", "apple"}
	for i, v := range slices.All(s) {
		fmt.Println(i, v)
	}
	for i, v := range slices.Backward(s) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for v := range slices.Values(s) {
		if v == "fig" {
			break
		}
		fmt.Println("value", v)
	}
	upper := slices.Collect(func(yield func(string) bool) {
		for _, v := range s {
			if !yield(strings.ToUpper(v)) {
				return
			}
		}
	})
	fmt.Println(upper, len(upper))
	empty := slices.Collect(slices.Values([]int{}))
	fmt.Println(empty == nil, len(empty))
	fmt.Println(slices.AppendSeq([]string{"start"}, slices.Values(s)))
	fmt.Println(slices.Sorted(slices.Values([]int{5, 2, 8, 1})))

	ages := map[string]int{"bob": 31, "alice": 25, "carol": 31, "dave": 19}
	keys := slices.Sorted(maps.Keys(ages))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(ages))
	fmt.Println(vals)
	var people []Person
	for name, age := range maps.All(ages) {
		people = append(people, Person{name, age})
	}
	slices.SortFunc(people, func(a, b Person) int { return cmp.Compare(a.Name, b.Name) })
	byAge := slices.SortedStableFunc(slices.Values(people), func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(byAge)
	desc := slices.SortedFunc(maps.Keys(ages), func(a, b string) int { return cmp.Compare(b, a) })
	fmt.Println(desc)

	copyOf := maps.Collect(maps.All(ages))
	fmt.Println(maps.Equal(copyOf, ages), len(copyOf))
	byIndex := map[int]string{0: "old", 9: "nine"}
	maps.Insert(byIndex, slices.All(s))
	fmt.Println(byIndex)

	nums := []int{1, 2, 3, 4, 5, 6, 7}
	for c := range slices.Chunk(nums, 3) {
		fmt.Println(c, len(c), cap(c))
	}
	chunks := slices.Collect(slices.Chunk(nums, 2))
	chunks[0] = append(chunks[0], 100)
	fmt.Println(chunks, nums)
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Chunk(nums, 0)
}
