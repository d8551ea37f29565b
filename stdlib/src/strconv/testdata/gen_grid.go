// Generates grid.out (rows in strconv.out's "ff"/"pf" format): random float
// bit patterns of both sizes (subnormals, integers, powers of two and ten,
// decimal halfway cases) through FormatFloat in every format, a spread of
// precisions and both bit sizes; then ParseFloat of those outputs and of
// random numeric spellings (hex mantissas, underscores, signs, specials,
// junk) in both bit sizes.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"unicode/utf8"
)

func main() {
	r := rand.New(rand.NewPCG(19, 19))
	pick := func() float64 {
		switch r.IntN(8) {
		case 0:
			return math.Float64frombits(r.Uint64())
		case 1:
			return float64(math.Float32frombits(r.Uint32()))
		case 2:
			return math.Float64frombits(r.Uint64() & 0x800FFFFFFFFFFFFF) // subnormal
		case 3:
			return float64(r.Int64N(2000001) - 1000000)
		case 4:
			return math.Ldexp(1, r.IntN(2100)-1075)
		case 5:
			return math.Pow10(r.IntN(640) - 320)
		case 6:
			// n + 0.5 at some decimal position: halfway cases for fixed precisions
			return (float64(r.Int64N(20000)) + 0.5) / math.Pow10(r.IntN(6))
		default:
			return float64(r.Int64N(1<<53)) * math.Pow(2, float64(r.IntN(40)-20))
		}
	}
	formats := []byte("beEfgGxX")
	precs := []int{-1, -1, 0, 1, 2, 3, 5, 8, 13, 16, 17, 20, 25}
	var outs []string
	for n := 0; n < 12000; n++ {
		f := pick()
		if r.IntN(2) == 0 {
			f = -f
		}
		fc := formats[r.IntN(len(formats))]
		prec := precs[r.IntN(len(precs))]
		bits := 64
		if r.IntN(3) == 0 {
			bits = 32
		}
		s := strconv.FormatFloat(f, fc, prec, bits)
		fmt.Printf("ff\t%x\t%c\t%d\t%d\t%s\n", math.Float64bits(f), fc, prec, bits, s)
		if fc != 'b' {
			outs = append(outs, s)
		}
	}
	crafted := []string{
		"0x1p-1074", "0x1p-1075", "0x1.0000001p-1075", "0x1p-1076", "0x3p-1076", "0x1.8p-1074", "0x2.8p-1074",
		"0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffffp1023", "0x1p1024", "-0x1p1024", "0x1.fffffffffffffp1023",
		"0x1.00000000000008p0", "0x1.000000000000080000000001p0", "0x1.00000000000018p0", "0x1.0000000000000800p0",
		"0x.8p-1073", "0x0.0000000000000000000001p0", "0x10000000000000000000000p-100", "0x1_000p0", "0x_1p0",
		"0x1p+1_0", "0x1p_10", "0x1__0p0", "0x1.p1", "0x.1p4", "0X1P-2", "-0x0p0", "+0x0.0p+99999999", "0x1p99999999",
		"0x1p-99999999", "0xffffffffffffffffffffp0", "0x1.ffffffp127", "0x1.fffffep127", "0x1.ffffff0000001p127", "0x1p-149",
		"0x1p-150", "0x1.000002p-150", "0x1.8p-149", "0x1.ffffffp-127", "1_000.5", "1_0e1_0", "1e+_5", "._5", "1.e5", ".e5",
		"+.5", "-5.", "0x", "0x.", "0xp1", "0x1.8", "1p5", "1e", "1e+", "infinity", "+Inf", "-INFINITY", "infinit", "nan", "-nan", "NaN1",
	}
	for _, s := range crafted {
		for _, bits := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, bits)
			e := "<nil>"
			if err != nil {
				e = err.Error()
			}
			fmt.Printf("pf\t%x\t%d\t%x\t%s\n", s, bits, math.Float64bits(v), e)
		}
	}
	// Integers: random spellings in every base and bit size.
	intPieces := []string{"0", "1", "7", "8", "9", "a", "F", "z", "Z", "_", "-", "+", "0x", "0b", "0o", "0X", "x", "b", "o", ".", " ", "18446744073709551615", "9223372036854775808", "255", "128", "32767"}
	for n := 0; n < 4000; n++ {
		var s string
		for k := 1 + r.IntN(4); k > 0; k-- {
			s += intPieces[r.IntN(len(intPieces))]
		}
		base := []int{0, 0, 0, 2, 8, 10, 10, 16, 36, 1, 37, -1}[r.IntN(12)]
		bits := []int{0, 0, 8, 16, 32, 64, 1, 65, -1}[r.IntN(9)]
		i, err := strconv.ParseInt(s, base, bits)
		u, uerr := strconv.ParseUint(s, base, bits)
		fmt.Printf("pi\t%x\t%d\t%d\t%d\t%v\t%d\t%v\n", s, base, bits, i, err, u, uerr)
		a, aerr := strconv.Atoi(s)
		fmt.Printf("atoi\t%x\t%d\t%v\n", s, a, aerr)
	}
	// Quoting: random code points from every range, invalid bytes, and
	// out-of-range rune values.
	randomRune := func() rune {
		switch r.IntN(6) {
		case 0:
			return rune(r.IntN(0x80))
		case 1:
			return rune(r.IntN(0x800))
		case 2:
			return rune(r.IntN(0x10000))
		case 3:
			return rune(r.IntN(0x110000))
		case 4:
			return []rune{'"', '\\', '\'', '`', 0x7f, 0xa0, 0xad, 0xfeff, 0xfffd, 0x2028, 0x1f600, 0xe0001, 0x10ffff}[r.IntN(13)]
		default:
			return rune(int32(r.Uint32()))
		}
	}
	for n := 0; n < 3000; n++ {
		var b []byte
		for k := r.IntN(6); k > 0; k-- {
			if r.IntN(8) == 0 {
				b = append(b, byte(0x80+r.IntN(0x80)))
			} else {
				b = utf8.AppendRune(b, randomRune())
			}
		}
		s := string(b)
		fmt.Printf("q\t%x\t%x\t%x\n", s, strconv.Quote(s), strconv.QuoteToASCII(s))
		fmt.Printf("qg\t%x\t%x\n", s, strconv.QuoteToGraphic(s))
		q := randomRune()
		fmt.Printf("qr\t%d\t%x\n", q, strconv.QuoteRune(q))
	}
	pieces := []string{"0", "1", "9", "5", "_", ".", "e", "E", "p", "P", "x", "X", "+", "-", "0x", "a", "f", "i", "n", "inf", "nan", "Infinity", "1e308", "e-400", "0x1p", "99999999999999999999"}
	for n := 0; n < 6000; n++ {
		var s string
		if n%2 == 0 && len(outs) > 0 {
			s = outs[r.IntN(len(outs))]
		} else {
			k := 1 + r.IntN(6)
			for i := 0; i < k; i++ {
				s += pieces[r.IntN(len(pieces))]
			}
		}
		for _, bits := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, bits)
			e := "<nil>"
			if err != nil {
				e = err.Error()
			}
			fmt.Printf("pf\t%x\t%d\t%x\t%s\n", s, bits, math.Float64bits(v), e)
		}
	}
}
