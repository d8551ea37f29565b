// an adversary's keys drive sort.Slice through pattern breaking into its heapsort fallback; the number of less calls and the final order are Go's
package main

import (
	"fmt"
	"sort"
)

// adversaryKeys runs sort.Slice on n items whose keys are only decided when
// a comparison needs them (McIlroy's quicksort adversary): the item most
// recently compared while undecided stays undecided, so pivots come out
// extreme. Undecided items share the largest key.
func adversaryKeys(n int) []int {
	key := make([]int, n)
	for i := range key {
		key[i] = n
	}
	ids := make([]int, n)
	for i := range ids {
		ids[i] = i
	}
	decided, candidate := 0, 0
	sort.Slice(ids, func(i, j int) bool {
		x, y := ids[i], ids[j]
		if key[x] == n && key[y] == n {
			if y == candidate {
				key[y] = decided
			} else {
				key[x] = decided
			}
			decided++
		}
		if key[x] == n {
			candidate = x
		} else if key[y] == n {
			candidate = y
		}
		return key[x] < key[y]
	})
	return key
}

func main() {
	for _, n := range []int{60, 400} {
		keys := adversaryKeys(n)
		undecided := 0
		for _, k := range keys {
			if k == n {
				undecided++
			}
		}
		ids := make([]int, n)
		for i := range ids {
			ids[i] = i
		}
		calls := 0
		sort.Slice(ids, func(i, j int) bool {
			calls++
			return keys[ids[i]] < keys[ids[j]]
		})
		fmt.Println("n", n, "undecided", undecided, "calls", calls)
		// The items left undecided share the largest key.
		for _, id := range ids {
			if keys[id] == n {
				fmt.Print(id, " ")
			}
		}
		fmt.Println()
		fmt.Println(ids[:20])
	}
}
