// Package math provides basic constants and mathematical functions.
package math

// Mathematical constants.
const (
	E  = 2.71828182845904523536028747135266249775724709369995957496696763  // https://oeis.org/A001113
	Pi = 3.14159265358979323846264338327950288419716939937510582097494459  // https://oeis.org/A000796
)

// Floating-point limit values.
// Max is the largest finite value representable by the type.
// SmallestNonzero is the smallest positive, non-zero value representable by the type.
const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23)) // 3.40282346638528859811704183484516925440e+38
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23            // 1.401298464324817070923729583289916131280e-45

	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52)) // 1.79769313486231570814527423731704356798070e+308
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52            // 4.9406564584124654417656879286822137236505980e-324
)

// Integer limit values.
const (
	intSize = 32 << (^uint(0) >> 63) // 32 or 64

	MaxInt   = 1<<(intSize-1) - 1  // MaxInt32 or MaxInt64 depending on intSize.
	MinInt   = -1 << (intSize - 1) // MinInt32 or MinInt64 depending on intSize.
	MaxInt8   = 1<<7 - 1           // 127
	MinInt8   = -1 << 7            // -128
	MaxInt16  = 1<<15 - 1          // 32767
	MinInt16  = -1 << 15           // -32768
	MaxInt32  = 1<<31 - 1          // 2147483647
	MinInt32  = -1 << 31           // -2147483648
	MaxInt64  = 1<<63 - 1          // 9223372036854775807
	MinInt64  = -1 << 63           // -9223372036854775808
	MaxUint   = 1<<intSize - 1     // MaxUint32 or MaxUint64 depending on intSize.
	MaxUint8  = 1<<8 - 1           // 255
	MaxUint16 = 1<<16 - 1          // 65535
	MaxUint32 = 1<<32 - 1          // 4294967295
	MaxUint64 = 1<<64 - 1          // 18446744073709551615
)

// Abs returns the absolute value of x.
func Abs(x float64) float64

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64

// Sqrt returns the square root of x.
func Sqrt(x float64) float64

// Pow returns x**y, the base-x exponential of y.
func Pow(x, y float64) float64

// Max returns the larger of x or y.
func Max(x, y float64) float64

// Min returns the smaller of x or y.
func Min(x, y float64) float64

// Mod returns the floating-point remainder of x/y.
func Mod(x, y float64) float64

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64

// IsInf reports whether f is an infinity, according to sign.
func IsInf(f float64, sign int) bool

// IsNaN reports whether f is an IEEE 754 "not-a-number" value.
func IsNaN(f float64) (is bool)

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64
