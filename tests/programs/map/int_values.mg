// Maps with integer values read with one instruction: nil maps, absent keys,
// narrow kinds wrapping on m[k]++ and m[k] += v, unsigned values, float keys
// (NaN never found, -0 == +0), bool and named key types, keys from calls.
package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Count uint8

func key(s string) string {
	fmt.Println("key", s)
	return s
}

func main() {
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))

	small := map[string]int8{"a": 126}
	small["a"]++
	small["a"]++
	small["b"] -= 100
	small["b"] -= 29
	small["b"] -= 1
	fmt.Println(small["a"], small["b"], small["zz"])

	counts := map[Count]Count{}
	for i := 0; i < 300; i++ {
		counts[Count(i%3)] += 2
	}
	fmt.Println(counts[0], counts[1], counts[2], counts[3])

	big := map[int]uint64{}
	big[1] = math.MaxUint64
	big[1] += 2
	big[2]--
	fmt.Println(big[1], big[2])

	temps := map[Celsius]int{}
	temps[Celsius(math.NaN())] = 1
	temps[Celsius(math.NaN())] += 5
	temps[0] = 7
	negZero := Celsius(-1 / math.Inf(1))
	temps[negZero] += 3
	fmt.Println(len(temps), temps[Celsius(math.NaN())], temps[0], temps[negZero])

	flags := map[bool]int{}
	flags[true] += 4
	flags[1 > 2]++
	fmt.Println(flags[true], flags[false])

	m := map[string]int{}
	m[key("p")] += len(key("q"))
	m[key("p")]++
	fmt.Println(m["p"], m["q"])

	defer func() { fmt.Println("recovered:", recover()) }()
	nilMap[key("boom")] += 1
}
