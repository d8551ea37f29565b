// tuple assignment evaluates index operands first, then assigns left to right
package main

import "fmt"

func main() {
	m := map[string]int{}
	k := "first"
	m[k], k = 1, "second"
	fmt.Println(m, k)
	s := []int{1, 2, 3}
	i := 0
	s[i], i, s[i] = 10, 2, 20
	fmt.Println(s, i)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	x := []int{5, 6}
	j := 1
	j, x[j] = 0, j+100
	fmt.Println(j, x)
}
