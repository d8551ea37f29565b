// sorting 50000 pseudo-random ints and strings gives ordered output and the same checksum
package main

import (
	"fmt"
	"sort"
	"strconv"
)

func main() {
	x := uint64(42)
	next := func() int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x % 1000000)
	}
	ints := make([]int, 50000)
	for i := range ints {
		ints[i] = next()
	}
	sort.Ints(ints)
	sorted := true
	for i := 1; i < len(ints); i++ {
		if ints[i-1] > ints[i] {
			sorted = false
		}
	}
	fmt.Println("sorted:", sorted)
	checksum := 0
	for i, v := range ints {
		checksum = (checksum*31 + v*(i%13)) % 1000000007
	}
	fmt.Println(ints[0], ints[len(ints)/2], ints[len(ints)-1], checksum)
	strs := make([]string, 5000)
	for i := range strs {
		strs[i] = strconv.Itoa(next())
	}
	sort.Strings(strs)
	fmt.Println(strs[0], strs[2500], strs[4999])
}
