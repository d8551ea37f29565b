// Package math holds numeric limits and the float64 functions minigo offers.
package math

// E and Pi, with more digits than a float64 keeps (constants are exact until
// they are used as a float).
const (
	E  = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi = 3.14159265358979323846264338327950288419716939937510582097494459
)

// The largest finite value and the smallest value above zero of each float
// type.
const (
	MaxFloat32             = 0x1.fffffep127 // about 3.4e38
	SmallestNonzeroFloat32 = 0x1p-149       // about 1.4e-45, a subnormal

	MaxFloat64             = 0x1.fffffffffffffp1023 // about 1.8e308
	SmallestNonzeroFloat64 = 0x1p-1074              // about 4.9e-324, a subnormal
)

// The bounds of each integer type; int and uint are 64 bits wide in minigo.
const (
	MaxInt    = 1<<63 - 1
	MinInt    = -1 << 63
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<64 - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

// Abs returns x without its sign (so Abs(-0) is 0 and Abs(NaN) is NaN).
func Abs(x float64) float64

// Ceil rounds x up to a whole number (±0, ±Inf and NaN stay as they are).
func Ceil(x float64) float64

// Floor rounds x down to a whole number (±0, ±Inf and NaN stay as they are).
func Floor(x float64) float64

// Sqrt is the square root of x: NaN below zero, ±0 for ±0, +Inf for +Inf.
func Sqrt(x float64) float64

// Pow returns x raised to the power y, with IEEE 754's special cases.
func Pow(x, y float64) float64

// Max returns the greater of x and y: +Inf if either is +Inf, else NaN if
// either is NaN; +0 is greater than -0.
func Max(x, y float64) float64

// Min returns the lesser of x and y: -Inf if either is -Inf, else NaN if
// either is NaN; -0 is less than +0.
func Min(x, y float64) float64

// Mod returns what is left of x after taking out a whole number of y's; the
// result has x's sign. NaN when y is 0 or x is infinite.
func Mod(x, y float64) float64

// Inf returns +Inf when sign >= 0 and -Inf otherwise.
func Inf(sign int) float64

// IsInf says whether f is +Inf (sign > 0), -Inf (sign < 0) or either
// (sign == 0).
func IsInf(f float64, sign int) bool

// IsNaN says whether f is a NaN, the one value not equal to itself.
func IsNaN(f float64) (is bool)

// NaN returns a not-a-number value.
func NaN() float64
