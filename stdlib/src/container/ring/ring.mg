// Package ring is a circular list: every element has a next and a previous
// one, and no element is first or last.
package ring

// Ring is one element of a circular list, and stands for the whole ring it
// is in. A ring has no start or end; a *Ring to any element refers to it.
// An empty ring is a nil *Ring. The zero Ring is a ring of one element whose
// Value is nil.
type Ring struct {
	next, prev *Ring
	Value      any // what the element holds
}

// selfLink makes a zero Ring the one-element ring it stands for.
func (r *Ring) selfLink() *Ring {
	r.next, r.prev = r, r
	return r
}

// Next is the element after r. r must not be nil.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.selfLink()
	}
	return r.next
}

// Prev is the element before r. r must not be nil.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.selfLink()
	}
	return r.prev
}

// Move steps n elements forward (n > 0) or -n backward (n < 0) from r and
// returns where it lands; n may be larger than the ring. r must not be nil.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.selfLink()
	}
	for ; n > 0; n-- {
		r = r.next
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	return r
}

// New makes a ring of n elements with nil values; nil when n <= 0.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for made := 1; made < n; made++ {
		last.next = &Ring{prev: last}
		last = last.next
	}
	last.next, first.prev = first, last
	return first
}

// Link joins r and s by making s the element after r, and returns the
// element that followed r before. r must not be nil.
//
// When r and s are in the same ring, the elements strictly between r and s
// leave it and form a ring of their own, which is the result (nil when there
// are none). When they are in different rings, s's ring is spliced into r's
// after r, and the result is the old successor of r, which now follows the
// element that used to precede s.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		before := s.Prev()
		r.next, s.prev = s, r
		after.prev, before.next = before, after
	}
	return after
}

// Unlink takes the n elements after r (n taken modulo the ring's length)
// out of the ring and returns them as a ring; nil when n <= 0. r must not
// be nil.
func (r *Ring) Unlink(n int) *Ring {
	if n > 0 {
		return r.Link(r.Move(n + 1))
	}
	return nil
}

// Len counts the elements of the ring, in time proportional to it; 0 for nil.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	count := 1
	for at := r.Next(); at != r; at = at.next {
		count++
	}
	return count
}

// Do calls f with each value of the ring, going forward from r. f must not
// change the ring. Nothing happens for a nil ring.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for at := r.Next(); at != r; at = at.next {
		f(at.Value)
	}
}
