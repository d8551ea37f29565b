// Package fmt, the parts written in minigo: Errorf and the error types it
// returns (Go 1.27's own code; the formatting is the native errorf).
package fmt

import "errors"

// Errorf formats according to a format specifier and returns the string as a
// value that satisfies error. A single %w operand makes the error implement
// Unwrap() error; several make it implement Unwrap() []error.
func Errorf(format string, a ...any) error {
	msg, kind, wrapped := errorf(format, a)
	switch kind {
	case 0:
		return errors.New(msg)
	case 1:
		w := &wrapError{msg: msg}
		w.err, _ = a[wrapped[0]].(error)
		return w
	default:
		var errs []error
		for _, argNum := range wrapped {
			if e, ok := a[argNum].(error); ok {
				errs = append(errs, e)
			}
		}
		return &wrapErrors{msg, errs}
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}

// errorf formats like Sprintf with %w allowed; kind is 0 (no %w), 1 (one:
// wrapped[0] is its argument index) or 2 (several, sorted, no duplicates).
func errorf(format string, a []any) (msg string, kind int, wrapped []int)
