// Package bits counts, rotates and reverses the bits of unsigned integers
// and does arithmetic on numbers twice a word wide. Every function is a
// native of minigo (stdlib/src/natives/bits.rs).
package bits

// UintSize is how many bits a uint has: 64 in minigo, as on amd64.
const UintSize = 64

// LeadingZeros counts the zero bits above x's highest one bit; UintSize for 0.
func LeadingZeros(x uint) int

// LeadingZeros8 counts the zero bits above x's highest one bit; 8 for 0.
func LeadingZeros8(x uint8) int

// LeadingZeros16 counts the zero bits above x's highest one bit; 16 for 0.
func LeadingZeros16(x uint16) int

// LeadingZeros32 counts the zero bits above x's highest one bit; 32 for 0.
func LeadingZeros32(x uint32) int

// LeadingZeros64 counts the zero bits above x's highest one bit; 64 for 0.
func LeadingZeros64(x uint64) int

// TrailingZeros counts the zero bits below x's lowest one bit; UintSize for 0.
func TrailingZeros(x uint) int

// TrailingZeros8 counts the zero bits below x's lowest one bit; 8 for 0.
func TrailingZeros8(x uint8) int

// TrailingZeros16 counts the zero bits below x's lowest one bit; 16 for 0.
func TrailingZeros16(x uint16) int

// TrailingZeros32 counts the zero bits below x's lowest one bit; 32 for 0.
func TrailingZeros32(x uint32) int

// TrailingZeros64 counts the zero bits below x's lowest one bit; 64 for 0.
func TrailingZeros64(x uint64) int

// OnesCount is how many bits of x are one (its population count).
func OnesCount(x uint) int

// OnesCount8 is how many bits of x are one.
func OnesCount8(x uint8) int

// OnesCount16 is how many bits of x are one.
func OnesCount16(x uint16) int

// OnesCount32 is how many bits of x are one.
func OnesCount32(x uint32) int

// OnesCount64 is how many bits of x are one.
func OnesCount64(x uint64) int

// RotateLeft turns x's bits k places towards the top, those leaving at the
// top coming back at the bottom; k counts modulo UintSize, and a negative k
// turns them towards the bottom: RotateLeft(x, -k) undoes RotateLeft(x, k).
func RotateLeft(x uint, k int) uint

// RotateLeft8 is RotateLeft on 8 bits (k modulo 8).
func RotateLeft8(x uint8, k int) uint8

// RotateLeft16 is RotateLeft on 16 bits (k modulo 16).
func RotateLeft16(x uint16, k int) uint16

// RotateLeft32 is RotateLeft on 32 bits (k modulo 32).
func RotateLeft32(x uint32, k int) uint32

// RotateLeft64 is RotateLeft on 64 bits (k modulo 64).
func RotateLeft64(x uint64, k int) uint64

// Reverse is x with its bits in the opposite order (bit 0 becomes the top bit).
func Reverse(x uint) uint

// Reverse8 is x with its 8 bits in the opposite order.
func Reverse8(x uint8) uint8

// Reverse16 is x with its 16 bits in the opposite order.
func Reverse16(x uint16) uint16

// Reverse32 is x with its 32 bits in the opposite order.
func Reverse32(x uint32) uint32

// Reverse64 is x with its 64 bits in the opposite order.
func Reverse64(x uint64) uint64

// ReverseBytes is x with its bytes in the opposite order (a byte-order swap).
func ReverseBytes(x uint) uint

// ReverseBytes16 is x with its 2 bytes swapped.
func ReverseBytes16(x uint16) uint16

// ReverseBytes32 is x with its 4 bytes in the opposite order.
func ReverseBytes32(x uint32) uint32

// ReverseBytes64 is x with its 8 bytes in the opposite order.
func ReverseBytes64(x uint64) uint64

// Len is how many bits it takes to write x: one more than the index of its
// highest one bit, and 0 for 0.
func Len(x uint) int

// Len8 is how many bits it takes to write x; 0 for 0.
func Len8(x uint8) int

// Len16 is how many bits it takes to write x; 0 for 0.
func Len16(x uint16) int

// Len32 is how many bits it takes to write x; 0 for 0.
func Len32(x uint32) int

// Len64 is how many bits it takes to write x; 0 for 0.
func Len64(x uint64) int

// Add adds x, y and an incoming carry (0 or 1; other values give results
// with no meaning) and returns the sum modulo 2**UintSize with the carry out
// of the top bit (0 or 1). It takes the same time whatever the operands.
func Add(x, y, carry uint) (sum, carryOut uint)

// Add32 is Add on 32-bit words.
func Add32(x, y, carry uint32) (sum, carryOut uint32)

// Add64 is Add on 64-bit words.
func Add64(x, y, carry uint64) (sum, carryOut uint64)

// Sub subtracts y and an incoming borrow (0 or 1; other values give results
// with no meaning) from x and returns the difference modulo 2**UintSize
// with the borrow out of the top bit (0 or 1).
func Sub(x, y, borrow uint) (diff, borrowOut uint)

// Sub32 is Sub on 32-bit words.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32)

// Sub64 is Sub on 64-bit words.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64)

// Mul returns the full product of x and y, twice a word wide, as its upper
// word hi and lower word lo.
func Mul(x, y uint) (hi, lo uint)

// Mul32 is Mul on 32-bit words.
func Mul32(x, y uint32) (hi, lo uint32)

// Mul64 is Mul on 64-bit words.
func Mul64(x, y uint64) (hi, lo uint64)

// Div divides the double-width number whose upper word is hi and lower word
// is lo by y, returning quotient and remainder. It panics when y is zero
// (integer divide by zero) and when y <= hi, as the quotient would not fit
// in one word (integer overflow).
func Div(hi, lo, y uint) (quo, rem uint)

// Div32 is Div on 32-bit words.
func Div32(hi, lo, y uint32) (quo, rem uint32)

// Div64 is Div on 64-bit words.
func Div64(hi, lo, y uint64) (quo, rem uint64)

// Rem is the remainder of the double-width number (hi, lo) divided by y.
// Unlike Div it accepts any hi; only a zero y panics (division by zero).
func Rem(hi, lo, y uint) uint

// Rem32 is Rem on 32-bit words.
func Rem32(hi, lo, y uint32) uint32

// Rem64 is Rem on 64-bit words.
func Rem64(hi, lo, y uint64) uint64
