// Package strconv implements conversions to and from string representations of basic data types.
package strconv

import "errors"

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

// Error returns "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error().
func (ne *NumError) Error() string {
	return "strconv." + ne.Func + ": parsing " + Quote(ne.Num) + ": " + ne.Err.Error()
}

// Unwrap returns the underlying error.
func (ne *NumError) Unwrap() error { return ne.Err }

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	i, reason := parseInt(s, 10, 0)
	if reason != "" {
		return int(i), numError("Atoi", s, reason)
	}
	return int(i), nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit size (0 to 64).
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	i, reason := parseInt(s, base, bitSize)
	if reason != "" {
		return i, numError("ParseInt", s, reason)
	}
	return i, nil
}

// ParseFloat converts the string s to a floating-point number with the precision specified by bitSize.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, reason := parseFloat(s, bitSize)
	if reason != "" {
		return f, numError("ParseFloat", s, reason)
	}
	return f, nil
}

// ParseBool returns the boolean value represented by the string.
func ParseBool(str string) (bool, error) {
	b, reason := parseBool(str)
	if reason != "" {
		return b, numError("ParseBool", str, reason)
	}
	return b, nil
}

// FormatInt returns the string representation of i in the given base, for 2 <= base <= 36.
func FormatInt(i int64, base int) string

// FormatFloat converts the floating-point number f to a string, according to the format fmt and precision prec.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// Quote returns a double-quoted Go string literal representing s.
func Quote(s string) string

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// numError builds the *NumError for a failed conversion of s by function fn.
func numError(fn, s, reason string) error {
	var err error
	switch reason {
	case "invalid syntax":
		err = ErrSyntax
	case "value out of range":
		err = ErrRange
	default:
		err = errors.New(reason)
	}
	return &NumError{fn, s, err}
}

// parseInt, parseFloat and parseBool are the natives behind the exported
// parsers: the value Go returns, and the reason ("" when it succeeded).
func parseInt(s string, base int, bitSize int) (int64, string)

func parseFloat(s string, bitSize int) (float64, string)

func parseBool(str string) (bool, string)
