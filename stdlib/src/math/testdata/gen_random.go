// Generates random.out (rows in math.out's format, `pow<TAB>x<TAB>y<TAB>result`
// as float64 bits in hex): Pow over random bases of every magnitude and
// sign (subnormals included) and exponents that are small or huge
// integers, halves, and arbitrary fractions.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(19, 5))
	base := func() float64 {
		switch r.IntN(6) {
		case 0:
			return math.Float64frombits(r.Uint64())
		case 1:
			return math.Float64frombits(r.Uint64() & 0x800FFFFFFFFFFFFF)
		case 2:
			return float64(r.IntN(21) - 10)
		case 3:
			return r.Float64()*4 - 2
		case 4:
			return math.Ldexp(r.Float64()+0.5, r.IntN(200)-100)
		default:
			return 1 + (r.Float64()-0.5)*1e-9
		}
	}
	exponent := func() float64 {
		switch r.IntN(6) {
		case 0:
			return float64(r.IntN(41) - 20)
		case 1:
			return float64(r.Int64N(1<<40) - 1<<39)
		case 2:
			return float64(r.IntN(41)-20) + 0.5
		case 3:
			return r.Float64()*20 - 10
		case 4:
			return math.Float64frombits(r.Uint64())
		default:
			return (r.Float64() - 0.5) * 2000
		}
	}
	for n := 0; n < 20000; n++ {
		x, y := base(), exponent()
		if math.IsNaN(x) || math.IsNaN(y) {
			continue
		}
		fmt.Printf("pow\t%x\t%x\t%x\n", math.Float64bits(x), math.Float64bits(y), math.Float64bits(math.Pow(x, y)))
	}
}
