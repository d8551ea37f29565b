// Package sort sorts slices in place and searches sorted ones.
package sort

// Ints sorts x in ascending order.
func Ints(x []int)

// Strings sorts x in ascending byte-wise order.
func Strings(x []string)

// Float64s sorts x in ascending order, NaNs first; -0 and 0 count as equal.
func Float64s(x []float64)

// Slice sorts the slice x so that less holds for no pair out of order.
// Not stable: equal elements end in the same order Go leaves them in.
func Slice(x any, less func(i, j int) bool) {
	s := sorter{x, less}
	n := lenAny(x)
	s.quicksort(0, n, bitLength(n))
}

// SliceStable sorts the slice x by less, keeping equal elements in their
// original order.
func SliceStable(x any, less func(i, j int) bool) {
	s := sorter{x, less}
	n := lenAny(x)
	for lo := 0; lo < n; lo += stableRun {
		s.insertionSort(lo, min(lo+stableRun, n))
	}
	for width := stableRun; width < n; width *= 2 {
		lo := 0
		for ; lo+2*width <= n; lo += 2 * width {
			s.symMerge(lo, lo+width, lo+2*width)
		}
		if lo+width < n {
			s.symMerge(lo, lo+width, n)
		}
	}
}

// Search returns the first index in [0, n) for which f is true, or n when
// there is none; f must be false up to some index and true from there on.
// It calls f only on the midpoints of a halving interval.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// SearchInts returns where x is, or would be inserted, in the ascending
// slice a: the first index whose element is >= x.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(k int) bool { return x <= a[k] })
}

// Interface is a collection that can be sorted by index: its length, an
// order between two of its elements and a way to exchange them.
type Interface interface {
	// Len is the number of elements.
	Len() int
	// Less reports whether element i goes before element j. It must be a
	// strict weak ordering; elements neither less than the other are equal.
	Less(i, j int) bool
	// Swap exchanges elements i and j.
	Swap(i, j int)
}

// What follows is the design of stdlib/src/sort/mod.rs (which describes the
// two algorithms) in minigo, for sorts that call the program's less: every
// less call, and so every order of equal elements, is the one Go makes.

const (
	shortRange        = 12 // ranges this short are insertion-sorted
	nintherFrom       = 50 // from this length each pivot sample is a median of three
	nearlySortedFixes = 5  // the bounded insertion pass moves at most this many elements…
	nearlySortedFrom  = 50 // …and only in ranges at least this long
	stableRun         = 20 // the stable sort's initial runs
)

// What the pivot samples said about a range's order.
const (
	mixed = iota
	ascending
	descending
)

// sorter is a slice held in an interface (moved only by the natives below)
// and the program's less function.
type sorter struct {
	x    any
	less func(i, j int) bool
}

// lenAny is the length of the slice in x.
func lenAny(x any) int

// swapAny exchanges elements i and j of the slice in x.
func swapAny(x any, i, j int)

// reverseAny reverses elements [lo, hi) of the slice in x.
func reverseAny(x any, lo, hi int)

// rotateAny turns elements [lo, mid) and [mid, hi) of the slice in x around:
// the second run first.
func rotateAny(x any, lo, mid, hi int)

// bitLength is the number of bits needed to write n (0 for 0).
func bitLength(n int) int {
	bits := 0
	for ; n > 0; n >>= 1 {
		bits++
	}
	return bits
}

// insertionSort sinks each element of [lo, hi) left past the larger ones.
func (s *sorter) insertionSort(lo, hi int) {
	for start := lo + 1; start < hi; start++ {
		for at := start; at > lo && s.less(at, at-1); at-- {
			swapAny(s.x, at, at-1)
		}
	}
}

// quicksort sorts [lo, hi); budget is how many lopsided splits it tolerates
// before heapsort takes over.
func (s *sorter) quicksort(lo, hi, budget int) {
	balanced, untouched := true, true
	for hi-lo > shortRange {
		if budget == 0 {
			s.heapsort(lo, hi)
			return
		}
		if !balanced {
			s.scramble(lo, hi)
			budget--
		}
		pivot, trend := s.choosePivot(lo, hi)
		if trend == descending {
			reverseAny(s.x, lo, hi)
			pivot = lo + hi - 1 - pivot
			trend = ascending
		}
		if balanced && untouched && trend == ascending && s.nearlySorted(lo, hi) {
			return
		}
		// Nothing here is less than the element before the range (an earlier
		// pivot); if the pivot equals it, the run equal to it is done.
		if lo > 0 && !s.less(lo-1, pivot) {
			lo = s.gatherEqual(lo, hi, pivot)
			continue
		}
		mid, noMoves := s.partition(lo, hi, pivot)
		untouched = noMoves
		left, right := mid-lo, hi-mid
		enough := (hi - lo) / 8
		if left < right {
			balanced = left >= enough
			s.quicksort(lo, mid, budget)
			lo = mid + 1
		} else {
			balanced = right >= enough
			s.quicksort(mid+1, hi, budget)
			hi = mid
		}
	}
	s.insertionSort(lo, hi)
}

// medianOf returns which of the indices a, b, c holds the median element,
// and how many of its three pair checks found the pair out of order.
func (s *sorter) medianOf(a, b, c int) (int, int) {
	reorders := 0
	if s.less(b, a) {
		a, b = b, a
		reorders++
	}
	if s.less(c, b) {
		b, c = c, b
		reorders++
	}
	if s.less(b, a) {
		a, b = b, a
		reorders++
	}
	return b, reorders
}

// choosePivot picks the median of the three quarter points of [lo, hi),
// each first replaced by the median of its neighbours in long ranges.
func (s *sorter) choosePivot(lo, hi int) (int, int) {
	quarter := (hi - lo) / 4
	samples := [3]int{lo + quarter, lo + 2*quarter, lo + 3*quarter}
	total := 0
	if hi-lo >= nintherFrom {
		for k, at := range samples {
			median, reorders := s.medianOf(at-1, at, at+1)
			samples[k] = median
			total += reorders
		}
	}
	pivot, reorders := s.medianOf(samples[0], samples[1], samples[2])
	switch total + reorders {
	case 0:
		return pivot, ascending
	case 12:
		return pivot, descending
	}
	return pivot, mixed
}

// scramble swaps three elements around the middle of [lo, hi) with
// pseudo-random partners (xorshift64 seeded with the length).
func (s *sorter) scramble(lo, hi int) {
	n := hi - lo
	mask := uint64(1)<<bitLength(n) - 1
	state := uint64(n)
	first := lo + n/4*2 - 1
	for at := first; at < first+3; at++ {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		partner := int(state & mask)
		if partner >= n {
			partner -= n
		}
		swapAny(s.x, at, lo+partner)
	}
}

// partition moves the pivot to lo, then leaves everything before the index
// it returns less than the pivot and everything after not less, with the
// pivot in between. It also says whether no element had to move.
func (s *sorter) partition(lo, hi, pivot int) (int, bool) {
	swapAny(s.x, lo, pivot)
	left, right := lo+1, hi-1
	noMoves := true
	for {
		for left <= right && s.less(left, lo) {
			left++
		}
		for left <= right && !s.less(right, lo) {
			right--
		}
		if left > right {
			swapAny(s.x, right, lo)
			return right, noMoves
		}
		swapAny(s.x, left, right)
		left++
		right--
		noMoves = false
	}
}

// gatherEqual, for a range with nothing less than the pivot, moves the
// pivot to lo and the elements equal to it next to it; it returns where the
// greater ones start.
func (s *sorter) gatherEqual(lo, hi, pivot int) int {
	swapAny(s.x, lo, pivot)
	left, right := lo+1, hi-1
	for {
		for left <= right && !s.less(lo, left) {
			left++
		}
		for left <= right && s.less(lo, right) {
			right--
		}
		if left > right {
			return left
		}
		swapAny(s.x, left, right)
		left++
		right--
	}
}

// nearlySorted fixes up to a few out-of-order neighbours in [lo, hi),
// moving each pair's smaller element left and larger one right as far as
// needed, and reports whether that left the range sorted. Short ranges are
// only checked.
func (s *sorter) nearlySorted(lo, hi int) bool {
	at := lo + 1
	for fix := 0; fix < nearlySortedFixes; fix++ {
		for at < hi && !s.less(at, at-1) {
			at++
		}
		if at == hi {
			return true
		}
		if hi-lo < nearlySortedFrom {
			return false
		}
		swapAny(s.x, at, at-1)
		// Go walks the smaller element left until index 1, not lo; past lo
		// the check always fails, but it is one more less call.
		if at-lo >= 2 {
			for k := at - 1; k >= 1 && s.less(k, k-1); k-- {
				swapAny(s.x, k, k-1)
			}
		}
		if hi-at >= 2 {
			for k := at + 1; k < hi && s.less(k, k-1); k++ {
				swapAny(s.x, k, k-1)
			}
		}
	}
	return false
}

// heapsort sorts [lo, hi) as a max-heap rooted at lo, swapping the root to
// the end of the shrinking heap.
func (s *sorter) heapsort(lo, hi int) {
	n := hi - lo
	for root := (n - 1) / 2; root >= 0; root-- {
		s.siftDown(lo, root, n)
	}
	for end := n - 1; end >= 0; end-- {
		swapAny(s.x, lo, lo+end)
		s.siftDown(lo, 0, end)
	}
}

// siftDown restores the heap property below node in the heap of n elements
// stored from base.
func (s *sorter) siftDown(base, node, n int) {
	for {
		child := 2*node + 1
		if child >= n {
			return
		}
		if child+1 < n && s.less(base+child, base+child+1) {
			child++
		}
		if !s.less(base+node, base+child) {
			return
		}
		swapAny(s.x, base+node, base+child)
		node = child
	}
}

// symMerge merges the sorted runs [lo, mid) and [mid, hi), both non-empty,
// in place and stably (SymMerge: a rotation around the centre, then each
// half recursively).
func (s *sorter) symMerge(lo, mid, hi int) {
	if mid-lo == 1 {
		// The single left element goes before the first right element not
		// less than it.
		to := mid + Search(hi-mid, func(k int) bool { return !s.less(mid+k, lo) })
		rotateAny(s.x, lo, lo+1, to)
		return
	}
	if hi-mid == 1 {
		// The single right element goes before the first left element
		// greater than it.
		to := lo + Search(mid-lo, func(k int) bool { return s.less(mid, lo+k) })
		rotateAny(s.x, to, mid, hi)
		return
	}
	centre := (lo + hi) / 2
	sum := centre + mid
	from, to := lo, mid
	if mid > centre {
		from, to = sum-hi, centre
	}
	cut := from + Search(to-from, func(k int) bool { return s.less(sum-1-from-k, from+k) })
	end := sum - cut
	if cut < mid && mid < end {
		rotateAny(s.x, cut, mid, end)
	}
	if lo < cut && cut < centre {
		s.symMerge(lo, cut, centre)
	}
	if centre < end && end < hi {
		s.symMerge(centre, end, hi)
	}
}
