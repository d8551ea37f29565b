// slices.SortFunc leaves equal elements where Go's pdqsort does, with the same number of comparator calls; SortStableFunc; NaNs and -0 in slices.Sort
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type item struct{ key, tag int }

func main() {
	seed := uint32(7)
	next := func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 8)
	}
	for _, n := range []int{5, 13, 40, 51, 100, 300, 1000, 5000} {
		for _, keys := range []int{2, 10, 1000000} {
			xs := make([]item, n)
			for i := range xs {
				xs[i] = item{next() % keys, i}
			}
			ys := slices.Clone(xs)
			calls := 0
			slices.SortFunc(xs, func(a, b item) int { calls++; return cmp.Compare(a.key, b.key) })
			h := 0
			for _, x := range xs {
				h = h*31 + x.tag
				h %= 1000000007
			}
			slices.SortStableFunc(ys, func(a, b item) int { return cmp.Compare(a.key, b.key) })
			h2 := 0
			for _, x := range ys {
				h2 = h2*31 + x.tag
				h2 %= 1000000007
			}
			fmt.Println(n, keys, h, calls, h2, slices.IsSortedFunc(xs, func(a, b item) int { return cmp.Compare(a.key, b.key) }))
		}
		// patterns: sorted, reversed, sawtooth
		for _, pat := range []string{"asc", "desc", "saw"} {
			xs := make([]item, n)
			for i := range xs {
				switch pat {
				case "asc":
					xs[i] = item{i / 3, i}
				case "desc":
					xs[i] = item{(n - i) / 3, i}
				case "saw":
					xs[i] = item{i % 17, i}
				}
			}
			calls := 0
			slices.SortFunc(xs, func(a, b item) int { calls++; return cmp.Compare(a.key, b.key) })
			h := 0
			for _, x := range xs {
				h = (h*31 + x.tag) % 1000000007
			}
			fmt.Println(pat, n, h, calls)
		}
	}
	fs := make([]float64, 200)
	for i := range fs {
		switch next() % 5 {
		case 0:
			fs[i] = math.NaN()
		case 1:
			fs[i] = -1 / math.Inf(1)
		default:
			fs[i] = float64(next()%50) - 25
		}
	}
	slices.Sort(fs)
	fmt.Println(fs[:30], fs[190:])
	neg := 0
	for _, f := range fs {
		if f == 0 && 1/f < 0 {
			neg++
		}
	}
	fmt.Println(neg)
}
