// slices.Sort, Sort on NaNs, SortFunc/SortStableFunc with cmp.Compare, searches, edits (Insert, Delete, Compact, Replace, Concat, Repeat, Grow), Min/Max and maps helpers
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 2, 9, 1}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	i, ok := slices.BinarySearch(xs, 8)
	fmt.Println(i, ok)
	i, ok = slices.BinarySearch(xs, 3)
	fmt.Println(i, ok)
	fs := []float64{3, math.NaN(), 1, math.Inf(-1), 0}
	slices.Sort(fs)
	fmt.Println(fs, slices.Max([]float64{1, 5, 2}), slices.Min([]int{4, 2, 9}))
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}}
	slices.SortFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(b.Name, a.Name) })
	fmt.Println(people)
	fmt.Println(slices.Index(xs, 9), slices.Contains(xs, 7), slices.IndexFunc(xs, func(x int) bool { return x > 4 }))
	ys := slices.Clone(xs)
	ys = slices.Insert(ys, 1, 100, 200)
	fmt.Println(ys, xs)
	ys = slices.Delete(ys, 0, 2)
	fmt.Println(ys, len(ys))
	zs := []int{1, 1, 2, 2, 2, 3, 1}
	zs2 := slices.Compact(zs)
	fmt.Println(zs2, zs)
	ws := []string{"a", "b", "c", "d"}
	ws2 := slices.Replace(ws, 1, 3, "X")
	fmt.Println(ws2, ws)
	slices.Reverse(ws2)
	fmt.Println(ws2, slices.Equal(ws2, []string{"d", "X", "a"}), slices.Compare([]int{1, 2}, []int{1, 3}))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Repeat([]string{"ab"}, 3))
	m := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m)
	m2["c"] = 3
	fmt.Println(m, m2, maps.Equal(m, m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m2)
	maps.Copy(m2, m)
	fmt.Println(m2)
	fmt.Println(slices.DeleteFunc([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 }))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) }))
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Min([]int{})
}
