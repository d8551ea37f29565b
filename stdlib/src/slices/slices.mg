// Package slices works on slices of any type.
package slices

import (
	"cmp"
	"iter"
)

// Equal tells whether s1 and s2 have the same length and == elements
// (so a NaN makes them differ).
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is Equal with eq deciding whether two elements match.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, a := range s1 {
		if !eq(a, s2[i]) {
			return false
		}
	}
	return true
}

// Compare orders s1 and s2 by their first differing elements (cmp.Compare),
// else by length.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i := 0; i < len(s1) && i < len(s2); i++ {
		if c := cmp.Compare(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(s1), len(s2))
}

// CompareFunc is Compare with f comparing two elements.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, f func(E1, E2) int) int {
	for i := 0; i < len(s1) && i < len(s2); i++ {
		if c := f(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(s1), len(s2))
}

// Index is the position of the first element == v, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

// IndexFunc is the position of the first element f accepts, or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains tells whether some element == v.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc tells whether f accepts some element.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Insert puts vs before s[i] (i may be len(s)) and returns the longer slice,
// moving the tail in place when the capacity allows.
func Insert[S ~[]E, E any](s S, i int, vs ...E) S {
	_ = s[i:] // out of range: Go's bounds panic
	n, m := len(s), len(vs)
	if m == 0 {
		return s
	}
	if n+m > cap(s) {
		grown := append(s[:i], make(S, n+m-i)...)
		copy(grown[i:], vs)
		copy(grown[i+m:], s[i:])
		return grown
	}
	if overlaps(s[:cap(s)], vs) {
		vs = Clone(vs)
	}
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], vs)
	return s
}

// overlaps tells whether a and b share backing memory (both non-empty).
func overlaps[E any](a, b []E) bool {
	if len(b) == 0 || len(a) == 0 {
		return false
	}
	for i := range a {
		if &a[i] == &b[0] || &a[i] == &b[len(b)-1] {
			return true
		}
	}
	return false
}

// Delete removes s[i:j], clears the elements freed at the end and returns
// the shorter slice.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // out of range: Go's bounds panic
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):n])
	return s
}

// DeleteFunc removes the elements del accepts, keeping the order of the
// rest, clears the freed end and returns the shorter slice.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	kept := 0
	for _, v := range s {
		if !del(v) {
			s[kept] = v
			kept++
		}
	}
	clear(s[kept:])
	return s[:kept]
}

// Replace puts vs in place of s[i:j] and returns the result, clearing
// elements freed at the end when it is shorter.
func Replace[S ~[]E, E any](s S, i, j int, vs ...E) S {
	_ = s[i:j] // out of range: Go's bounds panic
	if i == j {
		return Insert(s, i, vs...)
	}
	total := i + len(vs) + len(s) - j
	if total > cap(s) {
		grown := append(s[:i], make(S, total-i)...)
		copy(grown[i:], vs)
		copy(grown[i+len(vs):], s[j:])
		return grown
	}
	tail := Clone(s[j:])
	if overlaps(s[:cap(s)], vs) {
		vs = Clone(vs)
	}
	out := s[:total]
	copy(out[i:], vs)
	copy(out[i+len(vs):], tail)
	if total < len(s) {
		clear(s[total:])
	}
	return out
}

// Clone is a copy of s (nil for a nil s).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

// Compact replaces each run of == elements by its first and returns the
// shorter slice, clearing the freed end.
func Compact[S ~[]E, E comparable](s S) S {
	return CompactFunc(s, func(a, b E) bool { return a == b })
}

// CompactFunc is Compact with eq deciding whether neighbours are equal
// (each is compared with the last one kept).
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	kept := 1
	for k := 1; k < len(s); k++ {
		if !eq(s[kept-1], s[k]) {
			s[kept] = s[k]
			kept++
		}
	}
	clear(s[kept:])
	return s[:kept]
}

// Grow makes room for n more elements without reallocating; it panics for
// a negative n.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if need := n - (cap(s) - len(s)); need > 0 {
		s = append(s[:cap(s)], make([]E, need)...)[:len(s)]
	}
	return s
}

// Clip drops the unused capacity of s.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse reverses s in place.
func Reverse[S ~[]E, E any](s S) {
	for lo, hi := 0, len(s)-1; lo < hi; lo, hi = lo+1, hi-1 {
		s[lo], s[hi] = s[hi], s[lo]
	}
}

// Concat is one new slice holding every given slice in turn (nil when all
// are empty).
func Concat[S ~[]E, E any](parts ...S) S {
	total := 0
	for _, p := range parts {
		total += len(p)
		if total < 0 {
			panic("len out of range")
		}
	}
	out := Grow[S](nil, total)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// Repeat is x written count times in a new slice.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	if count > 0 && len(x) > int(^uint(0)>>1)/count {
		panic("len out of range")
	}
	out := make(S, len(x)*count)
	done := copy(out, x)
	for done < len(out) {
		done += copy(out[done:], out[:done])
	}
	return out
}

// Max is the largest element (NaN if any is NaN); it panics on an empty slice.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) == 0 {
		panic(emptyList("Max"))
	}
	best := x[0]
	for _, v := range x[1:] {
		best = max(best, v)
	}
	return best
}

// emptyList is the panic value of Max, MaxFunc, Min and MinFunc on an empty slice.
func emptyList(fn string) string {
	return "slices." + fn + ": empty list"
}

// MaxFunc is the first largest element by f; it panics on an empty slice.
func MaxFunc[S ~[]E, E any](x S, f func(a, b E) int) E {
	if len(x) == 0 {
		panic(emptyList("MaxFunc"))
	}
	best := x[0]
	for _, v := range x[1:] {
		if f(v, best) > 0 {
			best = v
		}
	}
	return best
}

// Min is the smallest element (NaN if any is NaN); it panics on an empty slice.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) == 0 {
		panic(emptyList("Min"))
	}
	best := x[0]
	for _, v := range x[1:] {
		best = min(best, v)
	}
	return best
}

// MinFunc is the first smallest element by f; it panics on an empty slice.
func MinFunc[S ~[]E, E any](x S, f func(a, b E) int) E {
	if len(x) == 0 {
		panic(emptyList("MinFunc"))
	}
	best := x[0]
	for _, v := range x[1:] {
		if f(v, best) < 0 {
			best = v
		}
	}
	return best
}

// BinarySearch finds where target is, or would be inserted, in the sorted
// x (cmp.Compare's order) and whether it is there.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	lo, hi := 0, len(x)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp.Less(x[mid], target) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(x) && cmp.Compare(x[lo], target) == 0
}

// BinarySearchFunc is BinarySearch with f comparing an element to the target.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, f func(E, T) int) (int, bool) {
	lo, hi := 0, len(x)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if f(x[mid], target) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(x) && f(x[lo], target) == 0
}

// IsSorted tells whether x is in ascending cmp.Compare order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := 1; i < len(x); i++ {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc tells whether x is ascending by f.
func IsSortedFunc[S ~[]E, E any](x S, f func(a, b E) int) bool {
	for i := 1; i < len(x); i++ {
		if f(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// Sort sorts x ascending (NaNs first). Not stable: equal elements end in
// the order Go's pattern-defeating quicksort leaves them in.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	s := sorter[E]{x, cmp.Less[E]}
	s.quicksort(0, len(x), bitLength(len(x)))
}

// SortFunc sorts x ascending by f (negative: a before b). Not stable.
func SortFunc[S ~[]E, E any](x S, f func(a, b E) int) {
	s := sorter[E]{x, func(a, b E) bool { return f(a, b) < 0 }}
	s.quicksort(0, len(x), bitLength(len(x)))
}

// SortStableFunc sorts x by f, keeping equal elements in their order.
func SortStableFunc[S ~[]E, E any](x S, f func(a, b E) int) {
	s := sorter[E]{x, func(a, b E) bool { return f(a, b) < 0 }}
	n := len(x)
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

// The sorting below is package sort's design (stdlib/src/sort/sort.mg) on a
// typed slice and an element order: the same comparisons in the same order
// as Go's, so equal elements end where Go puts them.

const (
	shortRange        = 12
	nintherFrom       = 50
	nearlySortedFixes = 5
	nearlySortedFrom  = 50
	stableRun         = 20
)

const (
	mixed = iota
	ascending
	descending
)

type sorter[E any] struct {
	x    []E
	less func(a, b E) bool
}

func (s *sorter[E]) lessAt(i, j int) bool { return s.less(s.x[i], s.x[j]) }

func (s *sorter[E]) swap(i, j int) { s.x[i], s.x[j] = s.x[j], s.x[i] }

// reverse reverses [lo, hi).
func (s *sorter[E]) reverse(lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		s.swap(i, j)
	}
}

// rotate puts [mid, hi) before [lo, mid).
func (s *sorter[E]) rotate(lo, mid, hi int) {
	s.reverse(lo, mid)
	s.reverse(mid, hi)
	s.reverse(lo, hi)
}

func bitLength(n int) int {
	bits := 0
	for ; n > 0; n >>= 1 {
		bits++
	}
	return bits
}

func (s *sorter[E]) insertionSort(lo, hi int) {
	for start := lo + 1; start < hi; start++ {
		for at := start; at > lo && s.lessAt(at, at-1); at-- {
			s.swap(at, at-1)
		}
	}
}

func (s *sorter[E]) quicksort(lo, hi, budget int) {
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
			s.reverse(lo, hi)
			pivot = lo + hi - 1 - pivot
			trend = ascending
		}
		if balanced && untouched && trend == ascending && s.nearlySorted(lo, hi) {
			return
		}
		if lo > 0 && !s.lessAt(lo-1, pivot) {
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

func (s *sorter[E]) medianOf(a, b, c int) (int, int) {
	reorders := 0
	if s.lessAt(b, a) {
		a, b = b, a
		reorders++
	}
	if s.lessAt(c, b) {
		b, c = c, b
		reorders++
	}
	if s.lessAt(b, a) {
		a, b = b, a
		reorders++
	}
	return b, reorders
}

func (s *sorter[E]) choosePivot(lo, hi int) (int, int) {
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

func (s *sorter[E]) scramble(lo, hi int) {
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
		s.swap(at, lo+partner)
	}
}

func (s *sorter[E]) partition(lo, hi, pivot int) (int, bool) {
	s.swap(lo, pivot)
	left, right := lo+1, hi-1
	noMoves := true
	for {
		for left <= right && s.lessAt(left, lo) {
			left++
		}
		for left <= right && !s.lessAt(right, lo) {
			right--
		}
		if left > right {
			s.swap(right, lo)
			return right, noMoves
		}
		s.swap(left, right)
		left++
		right--
		noMoves = false
	}
}

func (s *sorter[E]) gatherEqual(lo, hi, pivot int) int {
	s.swap(lo, pivot)
	left, right := lo+1, hi-1
	for {
		for left <= right && !s.lessAt(lo, left) {
			left++
		}
		for left <= right && s.lessAt(lo, right) {
			right--
		}
		if left > right {
			return left
		}
		s.swap(left, right)
		left++
		right--
	}
}

func (s *sorter[E]) nearlySorted(lo, hi int) bool {
	at := lo + 1
	for fix := 0; fix < nearlySortedFixes; fix++ {
		for at < hi && !s.lessAt(at, at-1) {
			at++
		}
		if at == hi {
			return true
		}
		if hi-lo < nearlySortedFrom {
			return false
		}
		s.swap(at, at-1)
		if at-lo >= 2 {
			for k := at - 1; k >= 1 && s.lessAt(k, k-1); k-- {
				s.swap(k, k-1)
			}
		}
		if hi-at >= 2 {
			for k := at + 1; k < hi && s.lessAt(k, k-1); k++ {
				s.swap(k, k-1)
			}
		}
	}
	return false
}

func (s *sorter[E]) heapsort(lo, hi int) {
	n := hi - lo
	for root := (n - 1) / 2; root >= 0; root-- {
		s.siftDown(lo, root, n)
	}
	for end := n - 1; end >= 0; end-- {
		s.swap(lo, lo+end)
		s.siftDown(lo, 0, end)
	}
}

func (s *sorter[E]) siftDown(base, node, n int) {
	for {
		child := 2*node + 1
		if child >= n {
			return
		}
		if child+1 < n && s.lessAt(base+child, base+child+1) {
			child++
		}
		if !s.lessAt(base+node, base+child) {
			return
		}
		s.swap(base+node, base+child)
		node = child
	}
}

// search is the first k in [0, n) with f(k), or n.
func search(n int, f func(int) bool) int {
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

func (s *sorter[E]) symMerge(lo, mid, hi int) {
	if mid-lo == 1 {
		to := mid + search(hi-mid, func(k int) bool { return !s.lessAt(mid+k, lo) })
		s.rotate(lo, lo+1, to)
		return
	}
	if hi-mid == 1 {
		to := lo + search(mid-lo, func(k int) bool { return s.lessAt(mid, lo+k) })
		s.rotate(to, mid, hi)
		return
	}
	centre := (lo + hi) / 2
	sum := centre + mid
	from, to := lo, mid
	if mid > centre {
		from, to = sum-hi, centre
	}
	cut := from + search(to-from, func(k int) bool { return s.lessAt(sum-1-from-k, from+k) })
	end := sum - cut
	if cut < mid && mid < end {
		s.rotate(cut, mid, end)
	}
	if lo < cut && cut < centre {
		s.symMerge(lo, cut, centre)
	}
	if centre < end && end < hi {
		s.symMerge(centre, end, hi)
	}
}

// All yields each index of s with its element, first to last (the length is
// taken once, when the loop starts).
func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(visit func(int, E) bool) {
		for at, elem := range s {
			if !visit(at, elem) {
				break
			}
		}
	}
}

// Backward yields each index with its element, last to first.
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(visit func(int, E) bool) {
		at := len(s) - 1
		for at >= 0 && visit(at, s[at]) {
			at--
		}
	}
}

// Values yields the elements of s, first to last.
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E] {
	return func(visit func(E) bool) {
		for _, elem := range s {
			if !visit(elem) {
				break
			}
		}
	}
}

// AppendSeq appends every value of seq to s.
func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice {
	for elem := range seq {
		s = append(s, elem)
	}
	return s
}

// Collect gathers the values of seq into a new slice (nil when it has none).
func Collect[E any](seq iter.Seq[E]) []E {
	var out []E
	return AppendSeq(out, seq)
}

// Sorted collects seq's values and sorts them.
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E {
	out := Collect(seq)
	Sort(out)
	return out
}

// SortedFunc collects seq's values and sorts them by compare.
func SortedFunc[E any](seq iter.Seq[E], compare func(E, E) int) []E {
	out := Collect(seq)
	SortFunc(out, compare)
	return out
}

// SortedStableFunc collects seq's values and sorts them by compare,
// keeping equal values in the order seq gave them.
func SortedStableFunc[E any](seq iter.Seq[E], compare func(E, E) int) []E {
	out := Collect(seq)
	SortStableFunc(out, compare)
	return out
}

// badChunkSize is what Chunk panics with for a size below 1.
const badChunkSize = "cannot be less than 1"

// Chunk yields consecutive sub-slices of s of n elements (the last may be
// shorter); each has its capacity cut to its length, so appending to one
// never writes into the next.
func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice] {
	if n < 1 {
		panic(badChunkSize)
	}
	return func(visit func(Slice) bool) {
		for lo := 0; lo < len(s); lo += n {
			hi := min(lo+n, len(s))
			if !visit(s[lo:hi:hi]) {
				return
			}
		}
	}
}
