// sort.Slice and sort.SliceStable make exactly Go's less calls (count and order, folded into a digest) on inputs of many shapes and sizes
package main

import (
	"fmt"
	"sort"
)

type item struct{ key, id int }

var seed = uint32(99)

func random() int {
	seed = seed*1103515245 + 12345
	return int(seed >> 16)
}

func keysFor(shape string, n int) []int {
	keys := make([]int, n)
	for i := range keys {
		switch shape {
		case "random3":
			keys[i] = random() % 3
		case "random":
			keys[i] = random()
		case "sorted":
			keys[i] = i / 4
		case "reversed":
			keys[i] = (n - i) / 4
		case "descending":
			keys[i] = n - i
		case "sawtooth":
			keys[i] = i % 9
		case "organpipe":
			keys[i] = min(i, n-1-i)
		case "equal":
			keys[i] = 5
		case "pushfront":
			keys[i] = i + 1
		case "nearly":
			keys[i] = i
		}
	}
	if shape == "pushfront" && n > 0 {
		keys[n-1] = 0
	}
	if shape == "nearly" && n > 1 {
		for k := 0; k < 3; k++ {
			i, j := random()%n, random()%n
			keys[i], keys[j] = keys[j], keys[i]
		}
	}
	return keys
}

// run sorts items keyed by keys and reports the less calls made (their
// number and a digest of their arguments in order) and a digest of the
// resulting order of ids.
func run(keys []int, stable bool) string {
	a := make([]item, len(keys))
	for i, k := range keys {
		a[i] = item{k, i}
	}
	calls, digest := 0, uint64(0)
	less := func(i, j int) bool {
		calls++
		digest = digest*1000003 + uint64(i)*7919 + uint64(j)
		return a[i].key < a[j].key
	}
	if stable {
		sort.SliceStable(a, less)
	} else {
		sort.Slice(a, less)
	}
	order := uint64(0)
	for _, it := range a {
		order = order*31 + uint64(it.id)
	}
	return fmt.Sprintf("%d calls, digest %x, order %x", calls, digest, order)
}

func main() {
	for _, shape := range []string{"random3", "random", "sorted", "reversed", "descending", "sawtooth", "organpipe", "equal", "pushfront", "nearly"} {
		for _, n := range []int{0, 1, 12, 13, 50, 51, 300} {
			keys := keysFor(shape, n)
			fmt.Printf("%-10s %3d  Slice: %s\n", shape, n, run(keys, false))
			fmt.Printf("%-10s %3d  SliceStable: %s\n", shape, n, run(keys, true))
		}
	}
}
