// Generates strconv.out: FormatFloat, ParseFloat, ParseInt, ParseUint, Atoi,
// ParseBool, FormatInt and Quote cases; inputs and outputs as hex or bits.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e22, 123456789, 1234567890123,
		0.000001, 0.0000001, 1e-5, 1e-4, 0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 1e100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
		math.Inf(1), math.Inf(-1), math.NaN(), 3.14159265358979, -2.71828, 123.456, 9.999999, 0.05, 0.15, 0.25, 0.35, 1e15, 1e16, 1e17, 12345678.9,
		float64(float32(0.1)), float64(float32(3.3)), 16777216, 1.0e-10, 4.9406564584124654e-324, 0.000123456, 99.995, 1.005, 2.675, 1e-7, 123e-20}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 2, 3, 5, 6, 10, 17, 20, 30}
	for _, f := range floats {
		for _, bits := range []int{64, 32} {
			for _, c := range fmts {
				for _, p := range precs {
					fmt.Printf("ff\t%x\t%c\t%d\t%d\t%s\n", math.Float64bits(f), c, p, bits, strconv.FormatFloat(f, c, p, bits))
				}
			}
		}
	}
	pf := []string{"0", "1", "-1", "+1.5", "1e10", "1E-10", ".5", "1.", "5.", ".", "", "e5", "1e", "1e+", "1e400", "-1e400", "1e-400", "inf", "+Inf", "-infinity", "INFINITY", "infx",
		"nan", "NaN", "-nan", "1_000", "0x1p-2", "0x1.8p1", "0X1P+10", "0x_1p0", "0x1_0p0", "0x1", "0x1.fffffffffffffp1023", "0x1p1024", "1__0", "0.1", "3.4028235e38", "3.5e38", "1e-46",
		"123456789012345678901234567890", "2.2250738585072011e-308", "0x1.0000000000000000001p0", " 1", "1 ", "1_2.3_4", "0b101", "0o17", "1e1_0", "0.000000000000000000000000000001e30"}
	for _, s := range pf {
		for _, bits := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bits)
			fmt.Printf("pf\t%x\t%d\t%x\t%v\n", s, bits, math.Float64bits(f), err)
		}
	}
	pi := []string{"0", "1", "-1", "+5", "12345", "-9223372036854775808", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "999999999999999999999",
		"0x1f", "0X1F", "0b101", "0o17", "017", "08", "1_000", "0x_1", "_1", "1_", "1__0", "", "-", "+", "abc", "12a", "ff", "FF", "z", "18446744073709551615", "18446744073709551616", " 1", "0x", "0b", "00"}
	for _, s := range pi {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bits := range []int{0, 8, 32, 64, 65} {
				i, err := strconv.ParseInt(s, base, bits)
				u, uerr := strconv.ParseUint(s, base, bits)
				fmt.Printf("pi\t%x\t%d\t%d\t%d\t%v\t%d\t%v\n", s, base, bits, i, err, u, uerr)
			}
		}
		a, err := strconv.Atoi(s)
		fmt.Printf("atoi\t%x\t%d\t%v\n", s, a, err)
		b, err := strconv.ParseBool(s)
		fmt.Printf("pb\t%x\t%v\t%v\n", s, b, err)
	}
	for _, s := range []string{"true", "True", "TRUE", "t", "T", "1", "false", "F", "tRUE", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("pb\t%x\t%v\t%v\n", s, b, err)
	}
	for _, i := range []int64{0, 1, -1, 255, -255, 1 << 40, math.MaxInt64, math.MinInt64} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			fmt.Printf("fi\t%d\t%d\t%s\n", i, base, strconv.FormatInt(i, base))
		}
	}
	qs := []string{"", "hello", "a\"b", "a\\b", "\n\t\r\a\b\f\v", "\x00\x01\x7f", "\xff\xfe", "é世界", "\u00ad", "\u200b", "\U0001F600", "\U000E0001", "'", "\u2028", "\xe2\x82", "a\x80b", "\u0378", "\U00010000\U0001000c"}
	for _, s := range qs {
		fmt.Printf("q\t%x\t%x\t%x\n", s, strconv.Quote(s), strconv.QuoteToASCII(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 0xad, 0x2028, 0x1F600, -1, 0xD800, 0x110000, 'é'} {
		fmt.Printf("qr\t%d\t%x\n", r, strconv.QuoteRune(r))
	}
}
