// Generates random.out: for pseudo-random float64 bit patterns (and their
// float32 roundings), FormatFloat shortest 'g'/'e'/'f' and %.17g-style fixed
// precisions, and ParseFloat of decimal strings: `bits<TAB>results…`.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	x := uint64(0x9E3779B97F4A7C15)
	next := func() uint64 { x ^= x << 13; x ^= x >> 7; x ^= x << 17; return x }
	for i := 0; i < 3000; i++ {
		b := next()
		if i%3 == 0 {
			// values of ordinary magnitude are more common in programs
			b = math.Float64bits(float64(int64(next()%2000000)-1000000) / float64(next()%10000+1))
		}
		f := math.Float64frombits(b)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		f32 := float64(float32(f))
		fmt.Printf("%x\t%s\t%s\t%s\t%s\t%s\t%s\n", b,
			strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 17, 64), strconv.FormatFloat(f, 'f', 3, 64),
			strconv.FormatFloat(f32, 'g', -1, 32), strconv.FormatFloat(f32, 'e', 8, 32), strconv.FormatFloat(f, 'g', 10, 64))
	}
	for i := 0; i < 1000; i++ {
		s := fmt.Sprintf("%d.%de%d", next()%1000000, next()%100000000000000000, int(next()%700)-350)
		v, err := strconv.ParseFloat(s, 64)
		v32, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("parse\t%s\t%x\t%v\t%x\t%v\n", s, math.Float64bits(v), err != nil, math.Float64bits(v32), err32 != nil)
	}
}
