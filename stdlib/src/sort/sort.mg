// Package sort provides primitives for sorting slices and user-defined collections.
package sort

// Ints sorts a slice of ints in increasing order.
func Ints(x []int)

// Strings sorts a slice of strings in increasing order.
func Strings(x []string)

// Float64s sorts a slice of float64s in increasing order (not-a-number values are treated as less than other values).
func Float64s(x []float64)

// Slice sorts the slice x given the provided less function. It panics if x is not a slice.
func Slice(x any, less func(i, j int) bool)

// SliceStable sorts the slice x using the provided less function, keeping equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool)

// Search uses binary search to find and return the smallest index i in [0, n) at which f(i) is true.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchInts searches for x in a sorted slice of ints and returns the index as specified by Search.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
