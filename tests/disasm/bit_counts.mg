// math/bits' counting functions are single Convert instructions (OnesCount and Len at every width, LeadingZeros/TrailingZeros at 64 bits); the others stay native calls
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	x := uint8(0xf0)
	y := uint64(1) << 40
	fmt.Println(bits.OnesCount8(x), bits.Len8(x), bits.OnesCount64(y), bits.Len(uint(y)))
	fmt.Println(bits.LeadingZeros64(y), bits.TrailingZeros(uint(y)), bits.LeadingZeros8(x), bits.TrailingZeros32(uint32(y)))
}
