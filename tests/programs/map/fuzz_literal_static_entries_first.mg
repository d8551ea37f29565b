// Map literal with equal keys: gc stores entries whose key and value are constants, nil or literals of them first, then the others in order; the last dynamic entry wins
package main

import "fmt"

type P struct{ A, B int }

func main() {
	x := 4
	var ax any = 4
	fmt.Println(map[int]string{x: "a", 4: "b"})
	fmt.Println(map[int]string{4: "b", x: "a", 4 + 1: "c", x + 1: "d"})
	fmt.Println(map[any]string{ax: "a", 4: "b"})
	fmt.Println(map[int]any{x: "a", 4: "b"})
	fmt.Println(map[int]any{x: "a", 4: nil})
	fmt.Println(map[P]string{{x, 1}: "a", {4, 1}: "b"})
	fmt.Println(map[[2]int]string{{x, 1}: "a", {4, 1}: "b"})
	fmt.Println(map[int][]int{x: {1}, 4: {2}})
	fmt.Println(map[int]P{x: {1, 1}, 4: {2, 2}})
	fmt.Println(map[int]*int{x: nil, 4: new(int)} [4] != nil)
	fmt.Println(map[int]error{x: fmt.Errorf("e"), 4: nil})
	fmt.Println(map[string]int{fmt.Sprint(x): 1, "4": 2})
	const c = 4
	fmt.Println(map[int]string{x: "a", c: "b"})
	fmt.Println(map[int]string{x: "a", len("abcd"): "b"})
	fmt.Println(map[float64]string{float64(x): "a", 4.0: "b"})
}
