// Map index places read their key at the right moment: tuple assignments that
// also assign the key variable, m[k] op= v and m[k]++ with the key or the
// value a plain local, converted keys, and the map variable reassigned in the
// same tuple assignment.
package main

import (
	"fmt"
	"sort"
)

type label string

func dump(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := ""
	for _, k := range keys {
		out += fmt.Sprintf("%s=%d ", k, m[k])
	}
	return out
}

func main() {
	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 1
	fmt.Println(k, dump(m))
	m[k], k = 2, "c"
	fmt.Println(k, dump(m))
	v := 5
	m[k] += v
	m[k] += v
	m[k]++
	v, m[k] = 100, v
	fmt.Println(v, dump(m))

	n := map[int]int{}
	i := 3
	n[i], i = i, 4
	n[i] += i
	i, n[i] = 9, i*10
	fmt.Println(i, n)

	var l label = "x"
	lm := map[label]int{}
	lm[l] += 2
	lm["x"]++
	fmt.Println(lm)

	other := map[string]int{"z": 0}
	m, m["q"] = other, 7
	fmt.Println(dump(m), len(other))

	w := map[string]int{}
	key := "w"
	for r := 0; r < 3; r++ {
		w[key] += r
		key += "w"
	}
	fmt.Println(dump(w))
}
