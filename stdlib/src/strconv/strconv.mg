// Package strconv implements conversions to and from string representations of basic data types.
package strconv

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

// Error returns "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error().
func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *NumError) Unwrap() error { return e.Err }

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error)

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit size (0 to 64).
func ParseInt(s string, base int, bitSize int) (i int64, err error)

// ParseFloat converts the string s to a floating-point number with the precision specified by bitSize.
func ParseFloat(s string, bitSize int) (float64, error)

// ParseBool returns the boolean value represented by the string.
func ParseBool(str string) (bool, error)

// FormatInt returns the string representation of i in the given base, for 2 <= base <= 36.
func FormatInt(i int64, base int) string

// FormatFloat converts the floating-point number f to a string, according to the format fmt and precision prec.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// Quote returns a double-quoted Go string literal representing s.
func Quote(s string) string
