// Package errors implements functions to manipulate errors.
// (minigo: the tree walks are written in minigo; the reflective steps are natives.)
package errors

// errorString is the error New returns.
type errorString struct {
	s string
}

func (es *errorString) Error() string { return es.s }

// New returns an error whose Error method returns text. Each call to New
// returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{s: text}
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	if inner, _, kind := unwrap(err); kind == 1 {
		return inner
	}
	return nil
}

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool {
	if target == nil || err == nil {
		return target == err
	}
	byEquality := comparable(target)
	return visitTree(err, func(node error) bool {
		if byEquality && node == target {
			return true
		}
		m, hasIs := node.(interface{ Is(error) bool })
		return hasIs && m.Is(target)
	})
}

// As finds the first error in err's tree that matches target, and if one is
// found, sets target to that error value and returns true.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	checkAsTarget(target)
	return visitTree(err, func(node error) bool {
		if asTarget(node, target) {
			return true
		}
		m, hasAs := node.(interface{ As(any) bool })
		return hasAs && m.As(target)
	})
}

// visitTree calls match on node and then on what it wraps, depth first and
// in order, skipping nil errors; it stops at the first match and says
// whether there was one.
func visitTree(node error, match func(error) bool) bool {
	for node != nil {
		if match(node) {
			return true
		}
		inner, children, kind := unwrap(node)
		if kind == 2 {
			for _, child := range children {
				if visitTree(child, match) {
					return true
				}
			}
			return false
		}
		if kind != 1 {
			return false
		}
		node = inner
	}
	return false
}

// Join returns an error that wraps the given errors. Any nil error values
// are discarded. Join returns nil if every value in errs is nil. The error
// formats as the concatenation of the strings obtained by calling the Error
// method of each element of errs, with a newline between each string.
func Join(errs ...error) error {
	live := 0
	for _, e := range errs {
		if e != nil {
			live++
		}
	}
	if live == 0 {
		return nil
	}
	// The kept list has exactly the capacity it needs, as Go's has.
	kept := make([]error, 0, live)
	for _, e := range errs {
		if e != nil {
			kept = append(kept, e)
		}
	}
	return &joinError{errs: kept}
}

type joinError struct {
	errs []error
}

func (je *joinError) Error() string {
	text := je.errs[0].Error()
	for _, rest := range je.errs[1:] {
		text += "\n" + rest.Error()
	}
	return text
}

func (je *joinError) Unwrap() []error { return je.errs }

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
