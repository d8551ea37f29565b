// structs, arrays and interfaces holding NaN compare unequal even to themselves
package main

import (
	"fmt"
	"math"
)

type Reading struct {
	Sensor string
	Value  float64
}

func main() {
	r := Reading{"t1", math.NaN()}
	fmt.Println(r == r, r != r)
	ok := Reading{"t1", 1.5}
	fmt.Println(ok == ok)
	var a any = math.NaN()
	fmt.Println(a == a)
	arr := [1]float64{math.NaN()}
	fmt.Println(arr == arr)
	m := map[Reading]int{}
	m[r]++
	m[r]++
	fmt.Println(len(m))
}
