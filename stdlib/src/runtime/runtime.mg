// Package runtime contains operations that interact with Go's runtime system.
package runtime

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types that are run time errors from ordinary errors.
	RuntimeError()
}

// Goexit terminates the goroutine that calls it. No other goroutine is affected.
// Goexit runs all deferred calls before terminating the goroutine.
func Goexit()

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GC runs a garbage collection.
func GC()

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct {
	_ [0]*PanicNilError
}

// Error returns "panic called with nil argument (see issue 25448)".
func (*PanicNilError) Error() string { return "panic called with nil argument (see issue 25448)" }

// RuntimeError marks PanicNilError as a run-time error.
func (*PanicNilError) RuntimeError() {}
