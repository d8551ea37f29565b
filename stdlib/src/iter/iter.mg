// Package iter names the shapes of iterator functions, which range loops run
// directly, and turns one into a pair of functions that hand its values out
// one call at a time (Pull, Pull2).
package iter

import "runtime"

// Seq yields a sequence of single values: a range loop over a Seq calls it
// with the loop body as yield, and yield reports false once the loop stops.
type Seq[V any] func(yield func(V) bool)

// Seq2 yields a sequence of pairs, as Seq does single values.
type Seq2[K, V any] func(yield func(K, V) bool)

// handoff runs an iterator on a goroutine of its own, taking turns with its
// caller: exactly one of the two runs at any time, each waiting on a channel
// while the other goes on, so the pair behaves as Go's coroutines do.
type handoff struct {
	wake    chan struct{} // the caller lets the iterator run
	back    chan struct{} // the iterator gives control back
	started bool
	// finished: the iterator returned, panicked, or was told to stop.
	finished bool
	// awaiting: next asked for a value that yield has not delivered yet.
	awaiting bool
	// returned: the iterator function came back by itself (not Goexit).
	returned bool
	// failure: what the iterator panicked with (or goexitMarker).
	failure any
}

// goexitMarker stands for a runtime.Goexit in the iterator.
type goexitMarker struct{}

// switchToIterator gives the iterator a turn and waits for it to give one
// back; the first turn starts it.
func (h *handoff) switchToIterator(run func()) {
	if !h.started {
		h.started = true
		go func() {
			defer func() { h.back <- struct{}{} }()
			run()
		}()
	} else {
		h.wake <- struct{}{}
	}
	<-h.back
}

// switchToCaller, called by the iterator, hands control back and waits for
// its next turn.
func (h *handoff) switchToCaller() {
	h.back <- struct{}{}
	<-h.wake
}

// runIterator is the iterator goroutine's work: call seq, noting how it ends.
func (h *handoff) runIterator(seq func()) {
	if h.finished {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			h.failure = r
		} else if !h.returned {
			h.failure = goexitMarker{}
		}
		h.finished = true
	}()
	seq()
	h.returned = true
}

// rethrow passes on, in the caller, a panic or Goexit of the iterator.
func (h *handoff) rethrow() {
	switch f := h.failure.(type) {
	case nil:
	case goexitMarker:
		runtime.Goexit()
	default:
		panic(f)
	}
}

// misuse panics with the string Go's iter.Pull panics with when next and
// yield do not alternate.
func misuse(what string) {
	panic("iter.Pull: " + what)
}

// beforeYield checks that a yield answers a next; it returns false when the
// sequence was stopped.
func (h *handoff) beforeYield() bool {
	if h.finished {
		return false
	}
	if !h.awaiting {
		misuse("yield called again before next")
	}
	h.awaiting = false
	return true
}

// beforeNext checks that a next is not already waiting; false when the
// sequence is over.
func (h *handoff) beforeNext() bool {
	if h.finished {
		return false
	}
	if h.awaiting {
		misuse("next called again before yield")
	}
	h.awaiting = true
	return true
}

// stop ends the iterator (its yield then returns false), letting it finish.
func (h *handoff) stop(run func()) {
	if h.finished {
		return
	}
	h.finished = true
	h.switchToIterator(run)
	h.rethrow()
}

func newHandoff() *handoff {
	return &handoff{wake: make(chan struct{}), back: make(chan struct{})}
}

// Pull turns seq into next, which returns the following value and true (the
// zero V and false once seq is over, or after stop), and stop, which ends seq
// early; calling either again later is harmless. A panic or Goexit in seq
// comes out of the next or stop call that let seq run. next and stop must not
// run on several goroutines at once.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	h := newHandoff()
	var value V
	var ok bool
	run := func() {
		h.runIterator(func() {
			seq(func(v V) bool {
				if !h.beforeYield() {
					return false
				}
				value, ok = v, true
				h.switchToCaller()
				return !h.finished
			})
			var zero V
			value, ok = zero, false
		})
	}
	next = func() (V, bool) {
		if !h.beforeNext() {
			var zero V
			return zero, false
		}
		h.switchToIterator(run)
		h.rethrow()
		return value, ok
	}
	stop = func() { h.stop(run) }
	return next, stop
}

// Pull2 is Pull for a sequence of pairs.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	h := newHandoff()
	var key K
	var value V
	var ok bool
	run := func() {
		h.runIterator(func() {
			seq(func(k K, v V) bool {
				if !h.beforeYield() {
					return false
				}
				key, value, ok = k, v, true
				h.switchToCaller()
				return !h.finished
			})
			var zk K
			var zv V
			key, value, ok = zk, zv, false
		})
	}
	next = func() (K, V, bool) {
		if !h.beforeNext() {
			var zk K
			var zv V
			return zk, zv, false
		}
		h.switchToIterator(run)
		h.rethrow()
		return key, value, ok
	}
	stop = func() { h.stop(run) }
	return next, stop
}
