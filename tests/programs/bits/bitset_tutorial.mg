// Tutorial: a bit set of small ints on []uint64 words — add, count with OnesCount64, iterate with TrailingZeros64, max with Len64
package main

import (
	"fmt"
	"math/bits"
)

type BitSet []uint64

func (s *BitSet) Add(n int) {
	for n/64 >= len(*s) {
		*s = append(*s, 0)
	}
	(*s)[n/64] |= 1 << (n % 64)
}

func (s BitSet) Count() int {
	total := 0
	for _, w := range s {
		total += bits.OnesCount64(w)
	}
	return total
}

func (s BitSet) Members() []int {
	var out []int
	for i, w := range s {
		for w != 0 {
			out = append(out, i*64+bits.TrailingZeros64(w))
			w &= w - 1 // drop the lowest set bit
		}
	}
	return out
}

func (s BitSet) Max() int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] != 0 {
			return i*64 + bits.Len64(s[i]) - 1
		}
	}
	return -1
}

func main() {
	var s BitSet
	fmt.Println(s.Count(), s.Members(), s.Max())
	for _, n := range []int{3, 64, 0, 127, 65, 3, 200, 63} {
		s.Add(n)
	}
	fmt.Println(s.Count(), s.Members(), s.Max(), len(s))
	// Subsets of {0..4} with exactly two members, by popcount.
	var pairs []string
	for m := uint8(0); m < 32; m++ {
		if bits.OnesCount8(m) == 2 {
			pairs = append(pairs, fmt.Sprintf("%05b", m))
		}
	}
	fmt.Println(pairs)
	// Next power of two at or above n.
	for _, n := range []uint{1, 2, 3, 17, 64, 1000} {
		fmt.Print(uint(1)<<bits.Len(n-1), " ")
	}
	fmt.Println()
}
