// Package errors implements functions to manipulate errors.
package errors

// New returns an error that formats as the given text.
func New(text string) error

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool

// As finds the first error in err's tree that matches target, and if one is found,
// sets target to that error value and returns true.
func As(err error, target any) bool

// Unwrap returns the result of calling the Unwrap method on err, if err's type
// contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error

// Join returns an error that wraps the given errors. Any nil error values are discarded.
func Join(errs ...error) error
