// Package errors makes simple errors and looks through errors that wrap
// others. (minigo: the walks are minigo code, the reflective steps natives.)
package errors

// errorString is the error New returns.
type errorString struct {
	s string
}

func (es *errorString) Error() string { return es.s }

// ErrUnsupported says an operation cannot be done (errors matching it
// through an Is method, like syscall.ENOSYS, say so too).
var ErrUnsupported = New("unsupported operation")

// New returns an error whose message is text. Two calls never return equal
// errors, whatever their text.
func New(text string) error {
	return &errorString{s: text}
}

// Unwrap returns what err wraps when err has an Unwrap() error method, and
// nil otherwise (also for errors wrapping a list, like Join's).
func Unwrap(err error) error {
	if inner, _, kind := unwrap(err); kind == 1 {
		return inner
	}
	return nil
}

// Is says whether err, or any error it wraps (through Unwrap methods, depth
// first), equals target or has an Is method that says it matches.
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

// As looks through err and what it wraps, depth first, for the first error
// assignable to what target points to (or whose As method accepts target),
// stores it there and returns true. target must be a non-nil pointer to an
// interface or to a type implementing error, else As panics.
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

// Join wraps the non-nil errors of errs in one error (nil when there are
// none), whose message is theirs one per line.
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
