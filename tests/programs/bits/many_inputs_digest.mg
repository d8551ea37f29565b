// math/bits: every function over 3000 pseudo-random and edge inputs, folded into one digest per function (a wrong bit anywhere changes it)
package main

import (
	"fmt"
	"math/bits"
)

var state uint64 = 0x2545f4914f6cdd1d

// next mixes a xorshift step with a shift that often yields small or sparse values.
func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	switch state % 5 {
	case 0:
		return state >> (state % 64)
	case 1:
		return 1 << (state % 64)
	case 2:
		return ^uint64(0) >> (state % 64)
	}
	return state
}

var digest = map[string]uint64{}

func mix(name string, vs ...uint64) {
	h := digest[name]
	for _, v := range vs {
		h = h*1099511628211 ^ v
	}
	digest[name] = h
}

func main() {
	for i := 0; i < 3000; i++ {
		x, y, z := next(), next(), next()
		k := int(int8(z))
		mix("count8", uint64(bits.LeadingZeros8(uint8(x))), uint64(bits.TrailingZeros8(uint8(x))), uint64(bits.OnesCount8(uint8(x))), uint64(bits.Len8(uint8(x))))
		mix("count16", uint64(bits.LeadingZeros16(uint16(x))), uint64(bits.TrailingZeros16(uint16(x))), uint64(bits.OnesCount16(uint16(x))), uint64(bits.Len16(uint16(x))))
		mix("count32", uint64(bits.LeadingZeros32(uint32(x))), uint64(bits.TrailingZeros32(uint32(x))), uint64(bits.OnesCount32(uint32(x))), uint64(bits.Len32(uint32(x))))
		mix("count64", uint64(bits.LeadingZeros64(x)), uint64(bits.TrailingZeros64(x)), uint64(bits.OnesCount64(x)), uint64(bits.Len64(x)))
		mix("count", uint64(bits.LeadingZeros(uint(x))), uint64(bits.TrailingZeros(uint(x))), uint64(bits.OnesCount(uint(x))), uint64(bits.Len(uint(x))))
		mix("rotate", uint64(bits.RotateLeft8(uint8(x), k)), uint64(bits.RotateLeft16(uint16(x), k)), uint64(bits.RotateLeft32(uint32(x), k)), bits.RotateLeft64(x, k), uint64(bits.RotateLeft(uint(x), k)))
		mix("reverse", uint64(bits.Reverse8(uint8(x))), uint64(bits.Reverse16(uint16(x))), uint64(bits.Reverse32(uint32(x))), bits.Reverse64(x), uint64(bits.Reverse(uint(x))))
		mix("bytes", uint64(bits.ReverseBytes16(uint16(x))), uint64(bits.ReverseBytes32(uint32(x))), bits.ReverseBytes64(x), uint64(bits.ReverseBytes(uint(x))))
		c := z & 1
		s, co := bits.Add64(x, y, c)
		s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
		d, bo := bits.Sub64(x, y, c)
		d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
		mix("addsub", s, co, uint64(s32), uint64(co32), d, bo, uint64(d32), uint64(bo32))
		hi, lo := bits.Mul64(x, y)
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		mix("mul", hi, lo, uint64(h32), uint64(l32))
		if z != 0 {
			q, r := bits.Div64(x%z, y, z)
			mix("div64", q, r, bits.Rem64(x, y, z))
		}
		if uint32(z) != 0 {
			q, r := bits.Div32(uint32(x)%uint32(z), uint32(y), uint32(z))
			mix("div32", uint64(q), uint64(r), uint64(bits.Rem32(uint32(x), uint32(y), uint32(z))))
		}
	}
	fmt.Println(digest)
}
