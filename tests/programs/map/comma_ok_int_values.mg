// v, ok := m[k] of maps with integer values: present, absent and zero-valued
// entries, nil maps, every basic key kind (NaN and -0 float keys, named
// string keys, bools, uint64 above MaxInt64), assignment to existing
// variables and globals, keys computed by calls, in loops and conditions.
package main

import "fmt"

type name string

var global = map[string]int8{"a": -128}
var gv int8
var gok bool

func key(s string, log *[]string) string {
	*log = append(*log, s)
	return s
}

func main() {
	m := map[int]int{1: 10, 2: 0, -3: 30}
	for _, k := range []int{1, 2, -3, 4} {
		v, ok := m[k]
		fmt.Println(k, v, ok)
	}

	var nilMap map[string]uint
	v, ok := nilMap["x"]
	fmt.Println(v, ok)

	f := map[float64]int{0.0: 1}
	nan := 0.0
	nan = nan / nan
	f[nan] = 2
	z, okz := f[-0.0]
	n, okn := f[nan]
	fmt.Println(z, okz, n, okn, len(f))

	names := map[name]uint8{"x": 255}
	if c, found := names["x"]; found {
		fmt.Println("x", c+1)
	}
	var nm name = "y"
	if _, found := names[nm]; !found {
		fmt.Println("no y")
	}

	b := map[bool]int16{true: -1}
	bt, okt := b[true]
	bf, okf := b[false]
	fmt.Println(bt, okt, bf, okf)

	u := map[uint64]uint64{1 << 63: 1<<64 - 1}
	uv, uok := u[1<<63]
	fmt.Println(uv, uok)

	gv, gok = global["a"]
	fmt.Println(gv, gok)
	gv, gok = global["b"]
	fmt.Println(gv, gok)

	var log []string
	counts := map[string]int{"p": 1, "q": 2}
	total := 0
	for _, s := range []string{"p", "q", "r"} {
		if c, ok := counts[key(s, &log)]; ok {
			total += c
		} else {
			total -= 100
		}
	}
	fmt.Println(total, log)

	sum, hits := 0, 0
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i*7%1009] += i
	}
	for i := -5; i < 1100; i++ {
		if v, ok := big[i]; ok {
			sum += v
			hits++
		}
	}
	var x, y int
	x, ok = big[7]
	y, ok = big[1008]
	fmt.Println(sum, hits, x, y, ok)
}
