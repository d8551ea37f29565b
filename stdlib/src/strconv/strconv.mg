// Package strconv converts between strings and numbers or booleans, and
// quotes strings as Go literals.
package strconv

import "errors"

// NumError is the error a parser returns: which function failed, on what
// input, and why.
type NumError struct {
	Func string // the parser's name, such as "Atoi" or "ParseFloat"
	Num  string // the text it was given
	Err  error  // the cause: ErrSyntax, ErrRange or a message about base or bit size
}

// Error reads like `strconv.Atoi: parsing "x": invalid syntax`.
func (ne *NumError) Error() string {
	return "strconv." + ne.Func + ": parsing " + Quote(ne.Num) + ": " + ne.Err.Error()
}

// Unwrap returns the cause, so errors.Is(err, strconv.ErrRange) works.
func (ne *NumError) Unwrap() error { return ne.Err }

// Itoa writes i in decimal.
func Itoa(i int) string

// Atoi reads a decimal int, with an optional sign; errors name "Atoi".
func Atoi(s string) (int, error) {
	i, reason := parseInt(s, 10, 0)
	if reason != "" {
		return int(i), numError("Atoi", s, reason)
	}
	return int(i), nil
}

// ParseInt reads a signed integer in base 2 to 36, or, for base 0, in the base
// its prefix gives (0b, 0o or 0, 0x; underscores allowed), and checks that it
// fits bitSize bits (0 means int). Out of range gives the nearest limit and
// ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	i, reason := parseInt(s, base, bitSize)
	if reason != "" {
		return i, numError("ParseInt", s, reason)
	}
	return i, nil
}

// ParseFloat reads a decimal or hex floating-point number, "Inf" or "NaN",
// rounded to float32 when bitSize is 32. Too large gives ±Inf and ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, reason := parseFloat(s, bitSize)
	if reason != "" {
		return f, numError("ParseFloat", s, reason)
	}
	return f, nil
}

// ParseBool accepts 1, t, T, TRUE, true, True and 0, f, F, FALSE, false, False.
func ParseBool(str string) (bool, error) {
	b, reason := parseBool(str)
	if reason != "" {
		return b, numError("ParseBool", str, reason)
	}
	return b, nil
}

// FormatInt writes i in base 2 to 36, with lower-case letters for digits
// above 9.
func FormatInt(i int64, base int) string

// FormatFloat writes f in format 'e', 'E', 'f', 'g', 'G', 'x', 'X' or 'b'
// with prec digits (-1: the fewest that read back as the same value of
// bitSize bits).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// Quote returns s as a double-quoted Go literal, escaping control
// characters, non-printable runes and invalid bytes.
func Quote(s string) string

// ErrRange is the cause when a number does not fit the requested type.
var ErrRange = errors.New("value out of range")

// ErrSyntax is the cause when the text is not a number (or boolean) at all.
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
