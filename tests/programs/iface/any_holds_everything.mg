// an any value can hold every kind; %T shows the dynamic type
package main

import "fmt"

type T struct{ A int }

func main() {
	vals := []any{1, int8(2), uint(3), 4.5, float32(1.5), "s", 'r', true, T{1}, &T{2}, []int{1}, map[string]int{}, [2]bool{}, nil, struct{}{}, func() {}, make(chan int), fmt.Errorf("e")}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
}
