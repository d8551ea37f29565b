// math/bits: Div and Rem of every width, with Go's runtime errors for a zero divisor and a quotient that overflows
package main

import (
	"fmt"
	"math/bits"
)

func try(what string, f func() any) {
	defer func() {
		if r := recover(); r != nil {
			err, isRuntime := r.(interface{ RuntimeError() })
			_ = err
			fmt.Printf("%s: panic %v (%T, runtime.Error %v)\n", what, r, r, isRuntime)
		}
	}()
	fmt.Printf("%s: %v\n", what, f())
}

func main() {
	try("Div64(1, 0, 2)", func() any { q, r := bits.Div64(1, 0, 2); return []uint64{q, r} })
	try("Div64(0, 100, 7)", func() any { q, r := bits.Div64(0, 100, 7); return []uint64{q, r} })
	try("Div64(6, max, 1<<63+5)", func() any { q, r := bits.Div64(6, 1<<64-1, 1<<63+5); return []uint64{q, r} })
	try("Div64(5, 0, 5)", func() any { q, r := bits.Div64(5, 0, 5); return []uint64{q, r} })
	try("Div64(0, 1, 0)", func() any { q, r := bits.Div64(0, 1, 0); return []uint64{q, r} })
	try("Div64(3, 1, 0)", func() any { q, r := bits.Div64(3, 1, 0); return []uint64{q, r} })
	try("Div32(1, 2, 3)", func() any { q, r := bits.Div32(1, 2, 3); return []uint32{q, r} })
	try("Div32(4, 2, 3)", func() any { q, r := bits.Div32(4, 2, 3); return []uint32{q, r} })
	try("Div32(4, 2, 0)", func() any { q, r := bits.Div32(4, 2, 0); return []uint32{q, r} })
	try("Div32(0, 2, 0)", func() any { q, r := bits.Div32(0, 2, 0); return []uint32{q, r} })
	try("Div(2, 9, 10)", func() any { q, r := bits.Div(2, 9, 10); return []uint{q, r} })
	try("Div(10, 9, 10)", func() any { q, r := bits.Div(10, 9, 10); return []uint{q, r} })
	try("Rem64(9, 7, 4)", func() any { return bits.Rem64(9, 7, 4) })
	try("Rem64(1<<63, 12345, 1000)", func() any { return bits.Rem64(1<<63, 12345, 1000) })
	try("Rem64(1, 1, 0)", func() any { return bits.Rem64(1, 1, 0) })
	try("Rem32(7, 7, 3)", func() any { return bits.Rem32(7, 7, 3) })
	try("Rem32(7, 7, 0)", func() any { return bits.Rem32(7, 7, 0) })
	try("Rem(5, 5, 5)", func() any { return bits.Rem(5, 5, 5) })
	try("Rem(5, 5, 0)", func() any { return bits.Rem(5, 5, 0) })
	// Mul then Div gets the factors back.
	hi, lo := bits.Mul64(0xfedc_ba98_7654_3210, 0x1234_5678)
	q, r := bits.Div64(hi, lo, 0x1234_5678)
	fmt.Printf("%#x %d\n", q, r)
}
