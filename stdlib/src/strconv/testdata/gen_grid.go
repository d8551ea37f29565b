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
