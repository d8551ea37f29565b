// assigning to a map entry also stores the key given, so equal keys that print differently (0 and -0, inside structs, arrays and interfaces) show the last one assigned
package main

import "fmt"

type P struct{ X float64 }

func main() {
	zero := 0.0
	m := map[float64]int{0: 1}
	m[-zero] = 2
	fmt.Println(m)
	a := map[any]int{0.0: 1}
	a[-zero] = 2
	fmt.Println(a)
	s := map[P]int{{0}: 1}
	s[P{-zero}] = 2
	fmt.Println(s)
	arr := map[[1]float64]int{{-zero}: 1}
	arr[[1]float64{0}] = 5
	fmt.Println(arr)
	m[0]++
	fmt.Println(m)
	m[-zero] += 10
	fmt.Println(m, len(m))
	v, ok := m[0]
	fmt.Println(v, ok)
}
