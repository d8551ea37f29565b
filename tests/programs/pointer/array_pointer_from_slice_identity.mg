// Pointer equality is address equality: (*[N]T)(s) converted twice, &a and
// (*[N]T)(a[:]), element pointers through such a pointer, pointer map keys.
package main

import "fmt"

type P struct{ x, y int }

func main() {
	s := []int{1, 2, 3, 4}
	a := (*[4]int)(s)
	b := (*[4]int)(s)
	fmt.Println(a == b, (*[4]int)(s) == (*[4]int)(s))
	c := (*[2]int)(s[2:])
	d := &s[2]
	e := &c[0]
	fmt.Println(d == e, &a[1] == &s[1], &b[3] == &s[3])
	var arr [3]P
	pa := &arr
	sl := arr[:]
	pb := (*[3]P)(sl)
	fmt.Println(pa == pb, &pa[1] == &pb[1], &pa[1].y == &sl[1].y)
	var m = map[*[4]int]int{}
	m[a]++
	m[b]++
	fmt.Println(len(m), m[a])
	var ia, ib any = a, b
	fmt.Println(ia == ib)
	z := (*[0]int)(s[:0])
	fmt.Println(z != nil)
}
