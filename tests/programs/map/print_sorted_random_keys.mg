// fmt prints maps sorted by key: random maps (own xorshift generator) with int, uint8, float (NaN, ±Inf, -0), string, bool, array, struct and mixed interface keys
package main

import (
	"fmt"
	"math"
)

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func pick(n int) int { return int(next() % uint64(n)) }

type Key struct {
	A int8
	B string
}

type Name string

var floats = []float64{0, 1, -1, 0.5, -0.5, 1e300, -1e300, 5e-324, math.Inf(1), math.Inf(-1), 2.5, -2.5, 1e-10}
var words = []string{"", "a", "b", "ab", "ba", "A", "é", "日本", "a\x00", "zz", "Z"}

func anyKey() any {
	switch pick(9) {
	case 0:
		return pick(7) - 3
	case 1:
		return int8(pick(7) - 3)
	case 2:
		return uint16(pick(5))
	case 3:
		return floats[pick(len(floats))]
	case 4:
		return words[pick(len(words))]
	case 5:
		return pick(2) == 0
	case 6:
		return Name(words[pick(len(words))])
	case 7:
		return [2]int{pick(3), pick(3)}
	default:
		return Key{int8(pick(3)), words[pick(3)]}
	}
}

func main() {
	for round := 0; round < 6; round++ {
		ints := map[int]int{}
		small := map[uint8]bool{}
		fl := map[float64]int{}
		strs := map[string]int{}
		arrs := map[[3]int8]int{}
		structs := map[Key]int{}
		anys := map[any]int{}
		for i := 0; i < 12; i++ {
			ints[pick(41)-20] = i
			small[uint8(pick(256))] = i%2 == 0
			fl[floats[pick(len(floats))]] = i
			strs[words[pick(len(words))]] = i
			arrs[[3]int8{int8(pick(3) - 1), int8(pick(3) - 1), int8(pick(3) - 1)}] = i
			structs[Key{int8(pick(5) - 2), words[pick(len(words))]}] = i
			anys[anyKey()] = i
		}
		zero := 0.0
		fl[-zero] = 99
		fl[math.NaN()] = -1
		fmt.Println(ints)
		fmt.Println(small)
		fmt.Println(fl)
		fmt.Printf("%q\n", strs)
		fmt.Println(arrs)
		fmt.Printf("%+v\n", structs)
		fmt.Printf("%v\n", anys)
		fmt.Printf("%#v\n", anys)
	}
}
