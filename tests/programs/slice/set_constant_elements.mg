// s[i] = constant (SetSliceK): every scalar element kind takes the constant in
// its own representation (wrapped ints, float32 rounding, named types, runes,
// strings), interface elements box it, and an out-of-range or nil store panics
// on the assignment's line.
package main

import "fmt"

type Flag bool

type Celsius float32

const big = 1 << 63

func store(s []int, i int) (err interface{}) {
	defer func() { err = recover() }()
	s[i] = 42
	return nil
}

func main() {
	bs := make([]bool, 3)
	bs[1] = true
	i8 := make([]int8, 2)
	i8[0] = -128
	i8[1] = 127
	u64 := make([]uint64, 1)
	u64[0] = big
	f32 := make([]float32, 2)
	f32[0] = 0.1
	f32[1] = 1e10 / 3
	f64 := []float64{0}
	f64[0] = 0.1
	fl := make([]Flag, 2)
	fl[0] = true
	cs := make([]Celsius, 1)
	cs[0] = 36.6
	bytes := []byte("abc")
	bytes[1] = 'X'
	runes := []rune("héllo")
	runes[1] = 'e'
	strs := make([]string, 2)
	strs[0] = "go"
	strs[1] = "minigo" + "!"
	anys := make([]interface{}, 3)
	anys[0] = 1
	anys[1] = 2.5
	anys[2] = "x"
	fmt.Println(bs, i8, u64, f32, f64, fl, cs)
	fmt.Println(string(bytes), string(runes), strs, anys)
	fmt.Printf("%T %T %T %v\n", anys[0], anys[1], fl[0], float64(f32[0]) == 0.1)
	sub := bs[1:2]
	sub[0] = false
	fmt.Println(bs, len(sub))
	ints := make([]int, 2, 4)
	fmt.Println(store(ints, 1), ints, store(ints, 2), store(nil, 0))
	for j := 0; j < 3; j++ {
		bs[j] = true
	}
	fmt.Println(bs)
	var none []bool
	none[0] = true
}
