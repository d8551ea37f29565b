// %#v of errors, durations, floats, signed ints, empty structs and struct-keyed maps
package main

import (
	"errors"
	"fmt"
	"time"
)

type K struct{ A, B int }

func main() {
	fmt.Printf("%#v\n", errors.New("x"))
	fmt.Printf("%#v\n", time.Second)
	fmt.Printf("%#v %#v %#v %#v\n", 1e6, 1e21, 0.5, -0.0)
	fmt.Printf("%#v %#v %#v\n", int8(-1), int64(-9), uint32(10))
	fmt.Printf("%#v\n", struct{}{})
	fmt.Printf("%#v\n", map[K]string{{2, 1}: "b", {1, 2}: "a"})
	fmt.Printf("%#v\n", [][]int{{1}, nil, {}})
	fmt.Printf("%#v\n", map[string]any{"n": nil, "i": 1})
	fmt.Printf("%#v\n", 'x')
	fmt.Printf("%#v\n", "tab\t\"q\"")
}
