// FormatFloat in every format, precision and bit size over awkward values, and ParseFloat/ParseInt/Quote on tricky spellings, end to end through the vm
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	zero := 0.0
	values := []float64{0, -zero, 1, -2.5, 0.1, 1e21, 1e-7, 123456789.125, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat32, 16777217, 0.000123456789, 9.5, 10.5, math.Inf(-1), math.NaN(), 3.4028235e38, 2.5e-45}
	formats := []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X'}
	for _, v := range values {
		for _, bits := range []int{64, 32} {
			line := ""
			for _, f := range formats {
				for _, prec := range []int{-1, 0, 3, 17} {
					line += strconv.FormatFloat(v, f, prec, bits) + " "
				}
			}
			fmt.Println(line)
		}
	}
	for _, s := range []string{"0x1.fffffffffffff8p1023", "0x1p-1075", "0x1.0000000000001p-1075", "1e400", "-1e-400", "1_000.5",
		"0x_1p0", "1__0", "infinity", "-Inf", "+nan", "nan", ".5e+1", "5.", "0x1.8", "1e", "0x1p-149", "0x1.000001p-150"} {
		for _, bits := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bits)
			fmt.Printf("%s %d %v %b %v\n", s, bits, f, f, err)
		}
	}
	for _, s := range []string{"0x7f", "-0b1000_0000", "0o777", "077", "9223372036854775808", "-9223372036854775809", "1_2", "_12", "0x", "z"} {
		for _, bits := range []int{0, 8, 64} {
			i, err := strconv.ParseInt(s, 0, bits)
			fmt.Println(s, bits, i, err)
		}
	}
	for _, s := range []string{"héllo\x00\x7f", "\xff\xfe", "\u2028\U0001F600", "tab\there", "`back`", "\u00a0\u00ad"} {
		fmt.Println(strconv.Quote(s))
	}
}
