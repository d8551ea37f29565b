// Package runtime reaches the machinery under the program: goroutines, the
// collector, and the type of run-time errors.
package runtime

// Error is what run-time panics (index out of range, nil map writes, …)
// carry: an error with the marker method RuntimeError.
type Error interface {
	error
	// RuntimeError does nothing; having it marks a run-time error.
	RuntimeError()
}

// Goexit ends the calling goroutine after running its deferred calls; it is
// not a panic, so recover returns nil. Other goroutines go on.
func Goexit()

// Gosched lets other goroutines run before the caller continues.
func Gosched()

// NumGoroutine returns how many goroutines exist now, main included.
func NumGoroutine() int

// GC collects garbage now.
func GC()

// PanicNilError is what panic(nil) panics with (and what recover returns).
type PanicNilError struct {
	_ [0]*PanicNilError
}

// Error returns Go's fixed message for panic(nil).
func (*PanicNilError) Error() string { return "panic called with nil argument (see issue 25448)" }

// RuntimeError makes PanicNilError a runtime.Error.
func (*PanicNilError) RuntimeError() {}
