//! Owns package `sort`'s orderings on Rust slices: the unstable sort Go uses
//! for `sort.Ints`/`Strings`/`Float64s` (and `sort.Slice`), the stable sort
//! of `sort.SliceStable`, and binary search. Where equal elements end up is part of Go's observable behaviour,
//! so both sorts follow the published algorithms Go implements and are
//! checked against the permutations real Go produces (`testdata/sort.out`).
//! `sort.mg` holds the same design in minigo for sorts with a user `less`.
//! Must not know the vm's values.
//!
//! Unstable: pattern-defeating quicksort (Orson Peters, 2021) without block
//! partitioning. A range of at most 12 elements is insertion-sorted. Larger
//! ranges pick a pivot (the middle of three quarter points, each first
//! replaced by the median of its neighbours from 50 elements up), reverse a
//! range whose samples all descend, try a bounded insertion pass when the
//! samples all ascend, split off a run equal to the previous pivot, and
//! otherwise partition and recurse into the smaller side. After a lopsided
//! split (smaller side under 1/8) three elements near the middle are swapped
//! with xorshift-chosen partners; after ⌊log2 n⌋+1 of those the range falls
//! back to heapsort.
//!
//! Stable: insertion sort on runs of 20, then bottom-up merging of run pairs
//! with SymMerge (Kim and Kutzner, "Stable Minimum Storage Merging by
//! Symmetric Comparisons", ESA 2004), which merges in place by rotations.

/// Ranges this short are insertion-sorted.
const SHORT_RANGE: usize = 12;
/// From this length, each pivot sample is itself a median of three neighbours.
const NINTHER_FROM: usize = 50;
/// The bounded insertion pass moves at most this many misplaced elements…
const NEARLY_SORTED_FIXES: usize = 5;
/// …and only in ranges at least this long.
const NEARLY_SORTED_FROM: usize = 50;
/// The stable sort's initial runs.
const STABLE_RUN: usize = 20;

/// Sorts `v` as Go's `sort.Slice` would with `less`: not stable, equal
/// elements end in Go's order.
pub fn unstable<T>(v: &mut [T], less: impl FnMut(&T, &T) -> bool) {
    let n = v.len();
    let mut s = Sorter { v, less };
    s.quicksort(0, n, bit_length(n));
}

/// Sorts `v` as Go's `sort.SliceStable` would with `less`.
pub fn stable<T>(v: &mut [T], less: impl FnMut(&T, &T) -> bool) {
    let n = v.len();
    let mut s = Sorter { v, less };
    let mut lo = 0;
    while lo < n {
        let hi = (lo + STABLE_RUN).min(n);
        s.insertion_sort(lo, hi);
        lo = hi;
    }
    let mut width = STABLE_RUN;
    while width < n {
        let mut lo = 0;
        while lo + 2 * width <= n {
            s.sym_merge(lo, lo + width, lo + 2 * width);
            lo += 2 * width;
        }
        if lo + width < n {
            s.sym_merge(lo, lo + width, n);
        }
        width *= 2;
    }
}

/// Go's `sort.Ints`.
pub fn ints(x: &mut [i64]) {
    unstable(x, |a, b| a < b);
}

/// Go's `sort.Strings`: byte-wise order.
pub fn strings<S: AsRef<[u8]>>(x: &mut [S]) {
    unstable(x, |a, b| a.as_ref() < b.as_ref());
}

/// Go's `sort.Float64s`: NaNs first, then ascending (`-0` and `0` are equal).
pub fn float64s(x: &mut [f64]) {
    unstable(x, |a, b| a < b || (a.is_nan() && !b.is_nan()));
}

/// Go's `sort.Search(n, f)`: the smallest index in `[0, n)` where `f` is
/// true, or `n`, assuming `f` is false then true. Probes the midpoint of the
/// open interval, as Go does (the probes are visible to `f`).
pub fn search(n: i64, mut f: impl FnMut(i64) -> bool) -> i64 {
    let (mut lo, mut hi) = (0i64, n);
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        if f(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// Go's `sort.SearchInts`.
pub fn search_ints(a: &[i64], x: i64) -> i64 {
    search(a.len() as i64, |i| a[i as usize] >= x)
}

/// The number of bits needed to write `n` (0 for 0).
fn bit_length(n: usize) -> u32 {
    usize::BITS - n.leading_zeros()
}

/// What the pivot samples said about the range's order.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Trend {
    Ascending,
    Descending,
    Mixed,
}

/// A slice and its order; every method works on absolute indices.
struct Sorter<'a, T, F> {
    v: &'a mut [T],
    less: F,
}

impl<T, F: FnMut(&T, &T) -> bool> Sorter<'_, T, F> {
    fn lt(&mut self, i: usize, j: usize) -> bool {
        (self.less)(&self.v[i], &self.v[j])
    }

    /// Sinks each element left past the larger ones before it.
    fn insertion_sort(&mut self, lo: usize, hi: usize) {
        for start in lo + 1..hi {
            let mut at = start;
            while at > lo && self.lt(at, at - 1) {
                self.v.swap(at, at - 1);
                at -= 1;
            }
        }
    }

    /// Sorts `[lo, hi)`; `budget` is how many lopsided splits are tolerated
    /// before heapsort takes over.
    fn quicksort(&mut self, mut lo: usize, mut hi: usize, mut budget: u32) {
        let mut balanced = true;
        let mut untouched = true;
        while hi - lo > SHORT_RANGE {
            if budget == 0 {
                self.heapsort(lo, hi);
                return;
            }
            if !balanced {
                self.scramble(lo, hi);
                budget -= 1;
            }
            let (mut pivot, trend) = self.choose_pivot(lo, hi);
            let mut ascending = trend == Trend::Ascending;
            if trend == Trend::Descending {
                self.v[lo..hi].reverse();
                pivot = lo + hi - 1 - pivot;
                ascending = true;
            }
            if balanced && untouched && ascending && self.nearly_sorted(lo, hi) {
                return;
            }
            // Everything here is >= the element before the range (an earlier
            // pivot); if the pivot equals it, the run equal to it is done.
            if lo > 0 && !self.lt(lo - 1, pivot) {
                lo = self.gather_equal(lo, hi, pivot);
                continue;
            }
            let (mid, was_partitioned) = self.partition(lo, hi, pivot);
            untouched = was_partitioned;
            let (left, right) = (mid - lo, hi - mid);
            let enough = (hi - lo) / 8;
            if left < right {
                balanced = left >= enough;
                self.quicksort(lo, mid, budget);
                lo = mid + 1;
            } else {
                balanced = right >= enough;
                self.quicksort(mid + 1, hi, budget);
                hi = mid;
            }
        }
        self.insertion_sort(lo, hi);
    }

    /// Puts the indices `x`, `y` in the order of their elements, counting
    /// a reorder in `reorders`.
    fn order_pair(&mut self, x: &mut usize, y: &mut usize, reorders: &mut usize) {
        if self.lt(*y, *x) {
            std::mem::swap(x, y);
            *reorders += 1;
        }
    }

    /// The index of the median of three elements (three pair checks).
    fn median_of(&mut self, [mut a, mut b, mut c]: [usize; 3], reorders: &mut usize) -> usize {
        self.order_pair(&mut a, &mut b, reorders);
        self.order_pair(&mut b, &mut c, reorders);
        self.order_pair(&mut a, &mut b, reorders);
        b
    }

    fn choose_pivot(&mut self, lo: usize, hi: usize) -> (usize, Trend) {
        let quarter = (hi - lo) / 4;
        let mut samples = [lo + quarter, lo + 2 * quarter, lo + 3 * quarter];
        let mut reorders = 0;
        if hi - lo >= NINTHER_FROM {
            for s in &mut samples {
                *s = self.median_of([*s - 1, *s, *s + 1], &mut reorders);
            }
        }
        let pivot = self.median_of(samples, &mut reorders);
        let trend = match reorders {
            0 => Trend::Ascending,
            12 => Trend::Descending,
            _ => Trend::Mixed,
        };
        (pivot, trend)
    }

    /// Swaps three elements around the middle with pseudo-random partners
    /// (xorshift64 seeded with the length), to break up input patterns.
    fn scramble(&mut self, lo: usize, hi: usize) {
        let len = hi - lo;
        let mask = (1u64 << bit_length(len)) - 1;
        let mut state = len as u64;
        let first = lo + len / 4 * 2 - 1;
        for at in first..first + 3 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut partner = (state & mask) as usize;
            if partner >= len {
                partner -= len;
            }
            self.v.swap(at, lo + partner);
        }
    }

    /// Moves the pivot to `lo`, then makes everything before the returned
    /// index less than it and everything after not less, with the pivot
    /// between. Also says whether no element had to move.
    fn partition(&mut self, lo: usize, hi: usize, pivot: usize) -> (usize, bool) {
        self.v.swap(lo, pivot);
        let (mut left, mut right) = (lo + 1, hi - 1);
        let mut no_moves = true;
        loop {
            while left <= right && self.lt(left, lo) {
                left += 1;
            }
            while left <= right && !self.lt(right, lo) {
                right -= 1;
            }
            if left > right {
                self.v.swap(right, lo);
                return (right, no_moves);
            }
            self.v.swap(left, right);
            left += 1;
            right -= 1;
            no_moves = false;
        }
    }

    /// With nothing in the range less than the pivot: moves the pivot to
    /// `lo` and the elements equal to it next to it; returns where the
    /// greater ones start.
    fn gather_equal(&mut self, lo: usize, hi: usize, pivot: usize) -> usize {
        self.v.swap(lo, pivot);
        let (mut left, mut right) = (lo + 1, hi - 1);
        loop {
            while left <= right && !self.lt(lo, left) {
                left += 1;
            }
            while left <= right && self.lt(lo, right) {
                right -= 1;
            }
            if left > right {
                return left;
            }
            self.v.swap(left, right);
            left += 1;
            right -= 1;
        }
    }

    /// Fixes up to a few out-of-order neighbours (moving each pair's smaller
    /// element left and larger right as far as needed); true if that left
    /// the range sorted. Short ranges are only checked, never fixed.
    fn nearly_sorted(&mut self, lo: usize, hi: usize) -> bool {
        let mut at = lo + 1;
        for _ in 0..NEARLY_SORTED_FIXES {
            while at < hi && !self.lt(at, at - 1) {
                at += 1;
            }
            if at == hi {
                return true;
            }
            if hi - lo < NEARLY_SORTED_FROM {
                return false;
            }
            self.v.swap(at, at - 1);
            // Go walks the smaller element left until index 1, not `lo`; past
            // `lo` the check always fails, but it is one more `less` call.
            if at - lo >= 2 {
                let mut k = at - 1;
                while k >= 1 && self.lt(k, k - 1) {
                    self.v.swap(k, k - 1);
                    k -= 1;
                }
            }
            if hi - at >= 2 {
                let mut k = at + 1;
                while k < hi && self.lt(k, k - 1) {
                    self.v.swap(k, k - 1);
                    k += 1;
                }
            }
        }
        false
    }

    /// Heapsort of `[lo, hi)`: a max-heap rooted at `lo`, then the root
    /// swapped to the end of the shrinking heap.
    fn heapsort(&mut self, lo: usize, hi: usize) {
        let len = hi - lo;
        for root in (0..len.div_ceil(2)).rev() {
            self.sift_down(lo, root, len);
        }
        for end in (0..len).rev() {
            self.v.swap(lo, lo + end);
            self.sift_down(lo, 0, end);
        }
    }

    /// Restores the heap property below `node` in the heap of `len`
    /// elements stored from `base`.
    fn sift_down(&mut self, base: usize, mut node: usize, len: usize) {
        loop {
            let mut child = 2 * node + 1;
            if child >= len {
                return;
            }
            if child + 1 < len && self.lt(base + child, base + child + 1) {
                child += 1;
            }
            if !self.lt(base + node, base + child) {
                return;
            }
            self.v.swap(base + node, base + child);
            node = child;
        }
    }

    /// The first index in `[lo, hi)` for which `goes_right` is false,
    /// assuming it is true then false (binary search probing midpoints).
    fn first_not(&mut self, mut lo: usize, mut hi: usize, mut goes_right: impl FnMut(&mut Self, usize) -> bool) -> usize {
        while lo < hi {
            let mid = (lo + hi) / 2;
            if goes_right(self, mid) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// Merges the sorted runs `[lo, mid)` and `[mid, hi)` (both non-empty)
    /// in place, stably.
    fn sym_merge(&mut self, lo: usize, mid: usize, hi: usize) {
        if mid - lo == 1 {
            // One element on the left: it goes before the first element of
            // the right run that is not less than it.
            let to = self.first_not(mid, hi, |s, k| s.lt(k, lo));
            self.v[lo..to].rotate_left(1);
            return;
        }
        if hi - mid == 1 {
            // One element on the right: it goes before the first element of
            // the left run that is greater than it.
            let to = self.first_not(lo, mid, |s, k| !s.lt(mid, k));
            self.v[to..=mid].rotate_right(1);
            return;
        }
        // Find the cut around the centre of [lo, hi) such that the left
        // run's part after the cut and the right run's mirror part before
        // it trade places; then merge each half.
        let centre = (lo + hi) / 2;
        let sum = centre + mid;
        let (from, to) = if mid > centre { (sum - hi, centre) } else { (lo, mid) };
        let cut = self.first_not(from, to, |s, c| !s.lt(sum - 1 - c, c));
        let end = sum - cut;
        if cut < mid && mid < end {
            self.v[cut..end].rotate_left(mid - cut);
        }
        if lo < cut && cut < centre {
            self.sym_merge(lo, cut, centre);
        }
        if centre < end && end < hi {
            self.sym_merge(centre, end, hi);
        }
    }
}

#[cfg(test)]
mod tests;
