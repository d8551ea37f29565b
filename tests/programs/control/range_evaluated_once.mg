// the range expression is evaluated once; for arrays a copy is ranged over
package main

import "fmt"

var calls int

func items() []int {
	calls++
	return []int{1, 2, 3}
}

func main() {
	for _, v := range items() {
		fmt.Print(v, " ")
	}
	fmt.Println("calls:", calls)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[(i+1)%3] += 10
		fmt.Print(v, " ")
	}
	fmt.Println(arr)
	sl := arr[:]
	for i, v := range sl {
		sl[(i+1)%3] += 100
		fmt.Print(v, " ")
	}
	fmt.Println(sl)
	m := map[string]int{"a": 1}
	for k := range m {
		delete(m, k)
		m["a"] = 2
	}
	fmt.Println(len(m) >= 1)
}
