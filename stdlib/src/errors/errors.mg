// Package errors implements functions to manipulate errors.
// (minigo: Go 1.27's own implementation; the reflective steps are natives.)
package errors

// errorString is the error New returns.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// New returns an error whose Error method returns text. Each call to New
// returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	next, _, kind := unwrap(err)
	if kind != 1 {
		return nil
	}
	return next
}

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	isComparable := comparable(target)
	return is(err, target, isComparable)
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		next, list, kind := unwrap(err)
		switch kind {
		case 1:
			err = next
			if err == nil {
				return false
			}
		case 2:
			for _, err := range list {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree that matches target, and if one is
// found, sets target to that error value and returns true.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	checkAsTarget(target)
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if asTarget(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		next, list, kind := unwrap(err)
		switch kind {
		case 1:
			err = next
			if err == nil {
				return false
			}
		case 2:
			for _, err := range list {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error that wraps the given errors. Any nil error values
// are discarded. Join returns nil if every value in errs is nil. The error
// formats as the concatenation of the strings obtained by calling the Error
// method of each element of errs, with a newline between each string.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{
		errs: make([]error, 0, n),
	}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}

// unwrap calls err's Unwrap method, if it has one: kind 1 is Unwrap() error
// (next), kind 2 is Unwrap() []error (list), kind 0 is no Unwrap method. (Go
// tells the two apart by type switches on their signatures; a native looks
// at what the method returned.)
func unwrap(err error) (next error, list []error, kind int)

// comparable reports whether target's dynamic type supports ==.
func comparable(target error) bool

// checkAsTarget panics as Go's As does for a target that is nil, not a
// non-nil pointer, or points to a type that is neither an interface nor an error.
func checkAsTarget(target any)

// asTarget stores err in *target and reports true if err's dynamic type is
// assignable to *target's type.
func asTarget(err error, target any) bool
