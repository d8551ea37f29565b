// Generates sort.out: for deterministic pseudo-random inputs with many equal
// keys, the permutation (original indexes) that sort.Slice and sort.SliceStable
// produce, plus Float64s with NaN and -0, and SearchInts.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type item struct{ key, id int }

func main() {
	seed := uint32(12345)
	next := func() int { seed = seed*1103515245 + 12345; return int(seed >> 16) }
	for _, n := range []int{0, 1, 5, 12, 13, 20, 21, 49, 50, 51, 100, 257, 1000} {
		for _, keys := range []int{2, 7, 1000000} {
			for _, pattern := range []string{"random", "sorted", "reversed"} {
				items := make([]item, n)
				for i := range items {
					k := next() % keys
					switch pattern {
					case "sorted":
						k = i / 3
					case "reversed":
						k = (n - i) / 3
					}
					items[i] = item{k, i}
				}
				keysLine := make([]string, n)
				for i, it := range items {
					keysLine[i] = fmt.Sprint(it.key)
				}
				a := append([]item(nil), items...)
				sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
				b := append([]item(nil), items...)
				sort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
				ids := func(x []item) string {
					s := make([]string, len(x))
					for i, it := range x {
						s[i] = fmt.Sprint(it.id)
					}
					return strings.Join(s, ",")
				}
				fmt.Printf("slice\t%s\t%s\t%s\n", strings.Join(keysLine, ","), ids(a), ids(b))
			}
		}
	}
	fl := []float64{3, math.NaN(), -1, math.Copysign(0, -1), 0, math.Inf(1), 2, math.Inf(-1), 0, math.Copysign(0, -1), 1, math.NaN(), -5, 0.5, 7, 7, 0}
	sort.Float64s(fl)
	fmt.Printf("floats\t%v\n", fl)
	xs := []int{1, 3, 3, 5, 9}
	for _, x := range []int{0, 1, 2, 3, 4, 9, 10} {
		fmt.Printf("search\t%d\t%d\n", x, sort.SearchInts(xs, x))
	}
}
