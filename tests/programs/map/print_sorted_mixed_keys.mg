// fmt prints map keys sorted: mixed dynamic types in map[any], NaN and infinities, arrays, structs, nil keys
package main

import (
	"fmt"
	"math"
)

type Name string
type Count int
type Pair struct {
	A int
	B string
}
type Grid [2]int8

func main() {
	nan := math.NaN()
	floats := map[float64]string{nan: "nan", math.Inf(1): "+inf", math.Inf(-1): "-inf", 0: "zero", -1.5: "neg", 1e300: "big", 5e-324: "tiny"}
	fmt.Println(floats)
	fmt.Printf("%v|%+v|%#v\n", floats, floats, floats)

	f32 := map[float32]int{2.5: 1, -0.25: 2, float32(math.Inf(-1)): 3, 1e10: 4}
	fmt.Println(f32)

	ints := map[int8]bool{-128: true, 127: false, 0: true, -1: false, 5: true}
	fmt.Println(ints)
	uints := map[uint64]string{math.MaxUint64: "max", 0: "zero", 1 << 63: "half", 42: "answer"}
	fmt.Println(uints)

	strs := map[string]int{"": 0, "b": 1, "a": 2, "ab": 3, "é": 4, "Z": 5, "日本": 6, "a\x00": 7}
	fmt.Printf("%q\n", strs)

	bools := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bools)

	arrays := map[[2]float64]string{{1, nan}: "a", {1, 2}: "b", {nan, 0}: "c", {-1, 5}: "d", {1, -3}: "e"}
	fmt.Println(arrays)

	structs := map[Pair]int{{2, "a"}: 1, {1, "z"}: 2, {1, "b"}: 3, {-3, ""}: 4}
	fmt.Printf("%v\n%+v\n%#v\n", structs, structs, structs)

	grids := map[Grid]string{{1, 2}: "x", {0, 9}: "y", {1, -2}: "z"}
	fmt.Println(grids)

	anys := map[any]string{
		"b": "s1", "a": "s2", 3: "i1", -7: "i2", int8(4): "i8", int16(5): "i16", int32(6): "i32",
		int64(7): "i64", uint(8): "u", uint8(9): "u8", uint16(10): "u16", uint32(11): "u32", uint64(12): "u64",
		uintptr(13): "uptr", 1.5: "f64", float32(2.5): "f32", true: "t", false: "f",
		Name("n"): "name", Count(3): "count", Pair{1, "p"}: "pair", [2]int{1, 2}: "arr", Grid{3, 4}: "grid",
		nil: "nil", nan: "nan", [1]string{"x"}: "arrstr", struct{ X int }{1}: "anon",
	}
	fmt.Println(anys)
	fmt.Printf("%#v\n", anys)

	nested := map[string]map[int]string{"outer": {3: "c", 1: "a", 2: "b"}, "empty": {}, "nil": nil}
	fmt.Println(nested)
	fmt.Printf("%#v\n", nested)

	type inner struct {
		K any
		V int
	}
	withIface := map[inner]bool{{1, 1}: true, {"x", 2}: false, {nil, 3}: true, {2.5, 4}: false, {1, 0}: true}
	fmt.Println(withIface)
}
