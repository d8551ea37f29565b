// fmt prints maps with keys sorted: numbers, strings, bools, then NaN and mixed interfaces
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "a", 0: "o"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "B": 3, "": 0})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[float64]string{2.5: "x", math.Inf(-1): "ninf", math.NaN(): "nan", 0: "zero"})
	fmt.Printf("%v\n", map[[2]int]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true})
	fmt.Printf("%+v\n", map[string][]int{"y": {1}, "x": nil})
	fmt.Printf("%#v\n", map[string]int{"k": 1, "j": 2})
	fmt.Println(map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, 1.5: 5, false: 6})
}
