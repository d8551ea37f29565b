// Package fmt implements formatted I/O with functions analogous to C's printf and scanf.
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method, which defines
// the "native" format for that value.
type Stringer interface {
	String() string
}

// Print formats using the default formats for its operands and writes to standard output.
func Print(a ...any) (n int, err error)

// Println formats using the default formats for its operands and writes to standard output.
// Spaces are always added between operands and a newline is appended.
func Println(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error)

// Sprint formats using the default formats for its operands and returns the resulting string.
func Sprint(a ...any) string

// Sprintln formats using the default formats for its operands and returns the resulting string.
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Errorf formats according to a format specifier and returns the string as a value
// that satisfies error. A %w verb wraps its operand.
func Errorf(format string, a ...any) error {
	msg, kind, wrapped := errorf(format, a)
	if kind == 0 {
		return errors.New(msg)
	}
	if kind == 1 {
		// A %w operand that is not an error leaves the wrapped error nil.
		only, _ := a[wrapped[0]].(error)
		return &wrapError{msg: msg, err: only}
	}
	var list []error
	for _, at := range wrapped {
		if wrappedErr, isErr := a[at].(error); isErr {
			list = append(list, wrappedErr)
		}
	}
	return &wrapErrors{msg: msg, errs: list}
}

type wrapError struct {
	msg string
	err error
}

func (we *wrapError) Error() string { return we.msg }

func (we *wrapError) Unwrap() error { return we.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (we *wrapErrors) Error() string { return we.msg }

func (we *wrapErrors) Unwrap() []error { return we.errs }

// errorf formats like Sprintf with %w allowed; kind is 0 (no %w), 1 (one:
// wrapped[0] is its argument index) or 2 (several, sorted, no duplicates).
func errorf(format string, a []any) (msg string, kind int, wrapped []int)

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error)

// Fprintln formats using the default formats for its operands and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error)

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
