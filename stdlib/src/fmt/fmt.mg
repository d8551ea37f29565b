// Package fmt turns values into text, by default formats or by a format
// string of %-verbs, and writes it (minigo has no scanning functions).
package fmt

import (
	"errors"
	"io"
)

// Stringer is a value that says how it prints: %v, %s and Print use its
// String method.
type Stringer interface {
	String() string
}

// Print writes its operands to standard output in their default formats,
// with a space between two operands when neither is a string.
func Print(a ...any) (n int, err error)

// Println writes its operands to standard output in their default formats,
// separated by spaces, and ends the line.
func Println(a ...any) (n int, err error)

// Printf writes format to standard output with each verb replaced by the
// next operand formatted as the verb says.
func Printf(format string, a ...any) (n int, err error)

// Sprint is Print returning the text instead of writing it.
func Sprint(a ...any) string

// Sprintln is Println returning the text (newline included).
func Sprintln(a ...any) string

// Sprintf is Printf returning the text.
func Sprintf(format string, a ...any) string

// Errorf returns an error whose message is Sprintf's text. Each %w prints
// its error operand like %v and makes the result wrap it (Unwrap() error
// for one %w, Unwrap() []error for several).
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

// Fprint is Print writing to w.
func Fprint(w io.Writer, a ...any) (n int, err error)

// Fprintln is Println writing to w.
func Fprintln(w io.Writer, a ...any) (n int, err error)

// Fprintf is Printf writing to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
