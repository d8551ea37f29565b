// Writes sort.out with real Go (go-oracle gen.go, stdout saved): for keyed
// inputs of many shapes, the original positions in the order sort.Slice and
// sort.SliceStable leave them. Each "slice" row: shape, keys, unstable order,
// stable order. Also Float64s with NaN and signed zeros, and SearchInts.
//
// The "adversary" shape freezes the keys McIlroy's quicksort adversary
// ("A Killer Adversary for Quicksort", 1999) chooses while sort.Slice runs:
// sorting those keys again makes the same comparisons, so they drive the
// unstable sort into its many-bad-pivots path (pattern breaking, heapsort).
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

var seed = uint32(12345)

func random() int {
	seed = seed*1103515245 + 12345
	return int(seed >> 16)
}

// adversaryKeys runs sort.Slice on n items whose keys are decided only when
// a comparison needs them, answering so that the item compared most recently
// while undecided (the likely pivot) ends up extreme. Undecided items share
// the largest key; each decided key is larger than those decided before.
func adversaryKeys(n int) []int {
	undecided := n
	key := make([]int, n)
	for i := range key {
		key[i] = undecided
	}
	decided, candidate := 0, 0
	ids := make([]int, n)
	for i := range ids {
		ids[i] = i
	}
	sort.Slice(ids, func(i, j int) bool {
		x, y := ids[i], ids[j]
		if key[x] == undecided && key[y] == undecided {
			// Decide the item that is not the candidate (the first one when
			// neither is): answering "less" on fresh items keeps the pivot
			// samples out of order, so the sort never takes them as sorted.
			if y == candidate {
				key[y] = decided
			} else {
				key[x] = decided
			}
			decided++
		}
		if key[x] == undecided {
			candidate = x
		} else if key[y] == undecided {
			candidate = y
		}
		return key[x] < key[y]
	})
	return key
}

func shaped(shape string, n, distinct int) []int {
	keys := make([]int, n)
	for i := range keys {
		switch shape {
		case "random":
			keys[i] = random() % distinct
		case "sorted":
			keys[i] = i / 3
		case "ascending":
			keys[i] = i
		case "reversed":
			keys[i] = (n - i) / 3
		case "descending":
			keys[i] = n - i
		case "sawtooth":
			keys[i] = i % (n/5 + 1)
		case "organpipe":
			keys[i] = min(i, n-1-i)
		case "equal":
			keys[i] = 7
		case "pushfront":
			keys[i] = i + 1
		case "zigzag":
			if i%2 == 0 {
				keys[i] = i
			} else {
				keys[i] = n - i
			}
		case "nearly":
			keys[i] = i
		}
	}
	switch shape {
	case "pushfront":
		if n > 0 {
			keys[n-1] = 0
		}
	case "nearly":
		for k := 0; k < 4 && n > 1; k++ {
			i, j := random()%n, random()%n
			keys[i], keys[j] = keys[j], keys[i]
		}
	}
	return keys
}

func join(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ",")
}

type item struct{ key, pos int }

func row(shape string, keys []int) {
	items := make([]item, len(keys))
	for i, k := range keys {
		items[i] = item{k, i}
	}
	unstable := append([]item(nil), items...)
	sort.Slice(unstable, func(i, j int) bool { return unstable[i].key < unstable[j].key })
	stable := append([]item(nil), items...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].key < stable[j].key })
	positions := func(xs []item) []int {
		out := make([]int, len(xs))
		for i, it := range xs {
			out[i] = it.pos
		}
		return out
	}
	fmt.Printf("slice\t%s\t%s\t%s\t%s\n", shape, join(keys), join(positions(unstable)), join(positions(stable)))
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 12, 13, 20, 21, 40, 49, 50, 51, 64, 100, 257, 1000} {
		for _, distinct := range []int{2, 7, 1000000} {
			row(fmt.Sprint("random", distinct), shaped("random", n, distinct))
		}
		for _, shape := range []string{"sorted", "ascending", "reversed", "descending", "sawtooth", "organpipe", "equal", "pushfront", "zigzag", "nearly"} {
			row(shape, shaped(shape, n, 0))
		}
	}
	for _, n := range []int{50, 100, 500, 2000} {
		row("adversary", adversaryKeys(n))
	}
	// Float64s on many signed zeros and NaNs: where -0 and 0 end shows the
	// order the sort leaves equal elements in.
	for _, n := range []int{13, 60, 300, 1000} {
		choices := []float64{math.Copysign(0, -1), 0, math.NaN(), 1.5, -2}
		in := make([]float64, n)
		for i := range in {
			in[i] = choices[random()%len(choices)]
		}
		out := append([]float64(nil), in...)
		sort.Float64s(out)
		fmt.Printf("float64s\t%v\t%v\n", in, out)
	}
	fl := []float64{3, math.NaN(), -1, math.Copysign(0, -1), 0, math.Inf(1), 2, math.Inf(-1), 0, math.Copysign(0, -1), 1, math.NaN(), -5, 0.5, 7, 7, 0}
	sort.Float64s(fl)
	fmt.Printf("floats\t%v\n", fl)
	xs := []int{1, 3, 3, 5, 9}
	for _, x := range []int{0, 1, 2, 3, 4, 9, 10} {
		fmt.Printf("search\t%d\t%d\n", x, sort.SearchInts(xs, x))
	}
}
