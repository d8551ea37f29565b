// cmp.Compare/Less/Or on ints, strings, floats and NaN, named ordered types; maps.Equal, EqualFunc, Clone (nil stays nil), Copy, DeleteFunc
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"strings"
)

type Age int

type Counts map[string]int

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1), cmp.Compare(1, nan), cmp.Compare(nan, nan), cmp.Less(nan, 1.0), cmp.Less(1.0, nan), cmp.Less(nan, nan))
	fmt.Println(cmp.Compare(math.Inf(-1), nan), cmp.Compare(0.0, -1/math.Inf(1)))
	fmt.Println(cmp.Less(Age(3), Age(4)), cmp.Or("", "x", "y"), cmp.Or(0, 0), cmp.Or[string]() == "")
	f := cmp.Compare[int]
	fmt.Println(f(5, 3))

	m := Counts{"a": 1, "b": 2}
	c := maps.Clone(m)
	c["c"] = 3
	fmt.Printf("%v %v %T %v\n", m, c, c, maps.Equal(m, c))
	var none map[string]int
	fmt.Println(maps.Clone(none) == nil, maps.Equal(none, map[string]int{}))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	maps.Copy(c, m)
	fmt.Println(c, maps.Equal(c, m))
	upper := map[string]string{"a": "A"}
	fmt.Println(maps.EqualFunc(upper, map[string]string{"a": "a"}, strings.EqualFold))
	fmt.Println(maps.EqualFunc(m, map[string]float64{"a": 1, "b": 2}, func(x int, y float64) bool { return float64(x) == y }))
}
