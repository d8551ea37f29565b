// append writes into the shared backing array while capacity allows
package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	full := []int{1, 2, 3}
	d := append(full, 4)
	e := append(full, 5)
	d[0] = 100
	fmt.Println(full, d, e)
	sub := full[:1]
	sub = append(sub, 99)
	fmt.Println(full, sub)
}
