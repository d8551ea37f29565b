// NaN keys never match: every insert adds an entry and lookup fails
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println(sum)
	delete(m, nan)
	fmt.Println(len(m))
	zero := 0.0
	m[zero] = 10
	m[-zero] = 20
	fmt.Println(len(m), m[0])
	clear(m)
	fmt.Println(len(m))
}
