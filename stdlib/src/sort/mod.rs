//! Owns package `sort`'s algorithms as exact ports of Go's (`zsortfunc.go`):
//! pdqsort with its insertion-sort and heap-sort fallbacks and the xorshift
//! pattern breaker seeded by length (so equal keys end where Go puts them),
//! the stable insertion-sort-blocks + symMerge sort, and binary search.
//! Generic over `LessSwap`, so the same code sorts Rust slices and (through
//! the vm) minigo slices. Must not know the vm's values.

/// The two operations the algorithms need (Go's `lessSwap`).
pub trait LessSwap {
    fn less(&mut self, i: usize, j: usize) -> bool;
    fn swap(&mut self, i: usize, j: usize);
}

/// A Rust slice with a less function.
pub struct SliceBy<'a, T, F> {
    pub data: &'a mut [T],
    pub less: F,
}

impl<T, F: FnMut(&T, &T) -> bool> LessSwap for SliceBy<'_, T, F> {
    fn less(&mut self, i: usize, j: usize) -> bool {
        (self.less)(&self.data[i], &self.data[j])
    }
    fn swap(&mut self, i: usize, j: usize) {
        self.data.swap(i, j);
    }
}

/// Go's `sort.Ints` (and any slice of totally ordered values).
pub fn ints(x: &mut [i64]) {
    let n = x.len();
    sort(&mut SliceBy { data: x, less: |a: &i64, b: &i64| a < b }, n);
}

/// Go's `sort.Strings`: byte-wise order.
pub fn strings<S: AsRef<[u8]>>(x: &mut [S]) {
    let n = x.len();
    sort(&mut SliceBy { data: x, less: |a: &S, b: &S| a.as_ref() < b.as_ref() }, n);
}

/// Go's `sort.Float64s`: NaNs first, then ascending (`-0` and `0` are equal).
pub fn float64s(x: &mut [f64]) {
    let n = x.len();
    sort(&mut SliceBy { data: x, less: |a: &f64, b: &f64| a < b || (a.is_nan() && !b.is_nan()) }, n);
}

/// Go's `sort.Search(n, f)`: the smallest index in `[0, n)` where `f` is true, or `n`.
pub fn search(n: i64, mut f: impl FnMut(i64) -> bool) -> i64 {
    let (mut i, mut j) = (0i64, n);
    while i < j {
        let h = ((i as u64 + j as u64) >> 1) as i64;
        if !f(h) {
            i = h + 1;
        } else {
            j = h;
        }
    }
    i
}

/// Go's `sort.SearchInts`.
pub fn search_ints(a: &[i64], x: i64) -> i64 {
    search(a.len() as i64, |i| a[i as usize] >= x)
}

fn bits_len(x: usize) -> usize {
    (usize::BITS - x.leading_zeros()) as usize
}

/// Go's `sort.Slice`/`sort.Sort`: pdqsort, not stable.
pub fn sort(data: &mut impl LessSwap, n: usize) {
    if n <= 1 {
        return;
    }
    let limit = bits_len(n);
    pdqsort(data, 0, n as isize, limit);
}

/// Go's `sort.SliceStable`/`sort.Stable`.
pub fn stable(data: &mut impl LessSwap, n: usize) {
    let n = n as isize;
    let mut block = 20isize;
    let (mut a, mut b) = (0isize, block);
    while b <= n {
        insertion_sort(data, a, b);
        a = b;
        b += block;
    }
    insertion_sort(data, a, n);
    while block < n {
        a = 0;
        b = 2 * block;
        while b <= n {
            sym_merge(data, a, a + block, b);
            a = b;
            b += 2 * block;
        }
        let m = a + block;
        if m < n {
            sym_merge(data, a, m, n);
        }
        block *= 2;
    }
}

fn less(d: &mut impl LessSwap, i: isize, j: isize) -> bool {
    d.less(i as usize, j as usize)
}

fn swap(d: &mut impl LessSwap, i: isize, j: isize) {
    d.swap(i as usize, j as usize)
}

fn insertion_sort(d: &mut impl LessSwap, a: isize, b: isize) {
    for i in a + 1..b {
        let mut j = i;
        while j > a && less(d, j, j - 1) {
            swap(d, j, j - 1);
            j -= 1;
        }
    }
}

fn sift_down(d: &mut impl LessSwap, lo: isize, hi: isize, first: isize) {
    let mut root = lo;
    loop {
        let mut child = 2 * root + 1;
        if child >= hi {
            return;
        }
        if child + 1 < hi && less(d, first + child, first + child + 1) {
            child += 1;
        }
        if !less(d, first + root, first + child) {
            return;
        }
        swap(d, first + root, first + child);
        root = child;
    }
}

fn heap_sort(d: &mut impl LessSwap, a: isize, b: isize) {
    let (first, lo, hi) = (a, 0, b - a);
    let mut i = (hi - 1) / 2;
    while i >= 0 {
        sift_down(d, i, hi, first);
        i -= 1;
    }
    let mut i = hi - 1;
    while i >= 0 {
        swap(d, first, first + i);
        sift_down(d, lo, i, first);
        i -= 1;
    }
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

fn pdqsort(d: &mut impl LessSwap, mut a: isize, mut b: isize, mut limit: usize) {
    const MAX_INSERTION: isize = 12;
    let mut was_balanced = true;
    let mut was_partitioned = true;
    loop {
        let length = b - a;
        if length <= MAX_INSERTION {
            insertion_sort(d, a, b);
            return;
        }
        if limit == 0 {
            heap_sort(d, a, b);
            return;
        }
        if !was_balanced {
            break_patterns(d, a, b);
            limit -= 1;
        }
        let (mut pivot, mut hint) = choose_pivot(d, a, b);
        if hint == Hint::Decreasing {
            reverse_range(d, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = Hint::Increasing;
        }
        if was_balanced && was_partitioned && hint == Hint::Increasing && partial_insertion_sort(d, a, b) {
            return;
        }
        if a > 0 && !less(d, a - 1, pivot) {
            a = partition_equal(d, a, b, pivot);
            continue;
        }
        let (mid, already) = partition(d, a, b, pivot);
        was_partitioned = already;
        let (left_len, right_len) = (mid - a, b - mid);
        let balance_threshold = length / 8;
        if left_len < right_len {
            was_balanced = left_len >= balance_threshold;
            pdqsort(d, a, mid, limit);
            a = mid + 1;
        } else {
            was_balanced = right_len >= balance_threshold;
            pdqsort(d, mid + 1, b, limit);
            b = mid;
        }
    }
}

fn partition(d: &mut impl LessSwap, a: isize, b: isize, pivot: isize) -> (isize, bool) {
    swap(d, a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    while i <= j && less(d, i, a) {
        i += 1;
    }
    while i <= j && !less(d, j, a) {
        j -= 1;
    }
    if i > j {
        swap(d, j, a);
        return (j, true);
    }
    swap(d, i, j);
    i += 1;
    j -= 1;
    loop {
        while i <= j && less(d, i, a) {
            i += 1;
        }
        while i <= j && !less(d, j, a) {
            j -= 1;
        }
        if i > j {
            break;
        }
        swap(d, i, j);
        i += 1;
        j -= 1;
    }
    swap(d, j, a);
    (j, false)
}

fn partition_equal(d: &mut impl LessSwap, a: isize, b: isize, pivot: isize) -> isize {
    swap(d, a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    loop {
        while i <= j && !less(d, a, i) {
            i += 1;
        }
        while i <= j && less(d, a, j) {
            j -= 1;
        }
        if i > j {
            break;
        }
        swap(d, i, j);
        i += 1;
        j -= 1;
    }
    i
}

fn partial_insertion_sort(d: &mut impl LessSwap, a: isize, b: isize) -> bool {
    const MAX_STEPS: usize = 5;
    const SHORTEST_SHIFTING: isize = 50;
    let mut i = a + 1;
    for _ in 0..MAX_STEPS {
        while i < b && !less(d, i, i - 1) {
            i += 1;
        }
        if i == b {
            return true;
        }
        if b - a < SHORTEST_SHIFTING {
            return false;
        }
        swap(d, i, i - 1);
        if i - a >= 2 {
            let mut j = i - 1;
            while j >= 1 {
                if !less(d, j, j - 1) {
                    break;
                }
                swap(d, j, j - 1);
                j -= 1;
            }
        }
        if b - i >= 2 {
            let mut j = i + 1;
            while j < b {
                if !less(d, j, j - 1) {
                    break;
                }
                swap(d, j, j - 1);
                j += 1;
            }
        }
    }
    false
}

fn break_patterns(d: &mut impl LessSwap, a: isize, b: isize) {
    let length = b - a;
    if length >= 8 {
        let mut random = length as u64;
        let modulus = 1u64 << bits_len(length as usize);
        let mut idx = a + (length / 4) * 2 - 1;
        while idx <= a + (length / 4) * 2 + 1 {
            random ^= random << 13;
            random ^= random >> 7;
            random ^= random << 17;
            let mut other = (random & (modulus - 1)) as isize;
            if other >= length {
                other -= length;
            }
            swap(d, idx, a + other);
            idx += 1;
        }
    }
}

fn choose_pivot(d: &mut impl LessSwap, a: isize, b: isize) -> (isize, Hint) {
    const SHORTEST_NINTHER: isize = 50;
    const MAX_SWAPS: usize = 4 * 3;
    let l = b - a;
    let mut swaps = 0usize;
    let mut i = a + l / 4;
    let mut j = a + l / 4 * 2;
    let mut k = a + l / 4 * 3;
    if l >= 8 {
        if l >= SHORTEST_NINTHER {
            i = median(d, i - 1, i, i + 1, &mut swaps);
            j = median(d, j - 1, j, j + 1, &mut swaps);
            k = median(d, k - 1, k, k + 1, &mut swaps);
        }
        j = median(d, i, j, k, &mut swaps);
    }
    match swaps {
        0 => (j, Hint::Increasing),
        MAX_SWAPS => (j, Hint::Decreasing),
        _ => (j, Hint::Unknown),
    }
}

fn order2(d: &mut impl LessSwap, a: isize, b: isize, swaps: &mut usize) -> (isize, isize) {
    if less(d, b, a) {
        *swaps += 1;
        return (b, a);
    }
    (a, b)
}

fn median(d: &mut impl LessSwap, a: isize, b: isize, c: isize, swaps: &mut usize) -> isize {
    let (a, b) = order2(d, a, b, swaps);
    let (b, c) = order2(d, b, c, swaps);
    let _ = c;
    let (_a, b) = order2(d, a, b, swaps);
    b
}

fn reverse_range(d: &mut impl LessSwap, a: isize, b: isize) {
    let (mut i, mut j) = (a, b - 1);
    while i < j {
        swap(d, i, j);
        i += 1;
        j -= 1;
    }
}

fn swap_range(d: &mut impl LessSwap, a: isize, b: isize, n: isize) {
    for i in 0..n {
        swap(d, a + i, b + i);
    }
}

fn sym_merge(d: &mut impl LessSwap, a: isize, m: isize, b: isize) {
    if m - a == 1 {
        let (mut i, mut j) = (m, b);
        while i < j {
            let h = (i + j) / 2;
            if less(d, h, a) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        for k in a..i - 1 {
            swap(d, k, k + 1);
        }
        return;
    }
    if b - m == 1 {
        let (mut i, mut j) = (a, m);
        while i < j {
            let h = (i + j) / 2;
            if !less(d, m, h) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut k = m;
        while k > i {
            swap(d, k, k - 1);
            k -= 1;
        }
        return;
    }
    let mid = (a + b) / 2;
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;
    while start < r {
        let c = (start + r) / 2;
        if !less(d, p - c, c) {
            start = c + 1;
        } else {
            r = c;
        }
    }
    let end = n - start;
    if start < m && m < end {
        rotate(d, start, m, end);
    }
    if a < start && start < mid {
        sym_merge(d, a, start, mid);
    }
    if mid < end && end < b {
        sym_merge(d, mid, end, b);
    }
}

fn rotate(d: &mut impl LessSwap, a: isize, m: isize, b: isize) {
    let mut i = m - a;
    let mut j = b - m;
    while i != j {
        if i > j {
            swap_range(d, m - i, m, j);
            i -= j;
        } else {
            swap_range(d, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(d, m - i, m, i);
}

#[cfg(test)]
mod tests;
