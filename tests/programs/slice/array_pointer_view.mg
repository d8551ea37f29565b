// an array pointer converted from a slice aliases the slice's elements, whatever it is used for
package main

import "fmt"

type Pair [2]int

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[2]int)(s[1:])
	p[0] = 20
	*p = [2]int{7, 8}
	fmt.Println(s, *p, p, len(p))
	q := p[:]
	q[1] = 80
	e := &p[1]
	*e++
	fmt.Println(s, q, *p == [2]int{7, 81})
	for i, v := range p {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	a := *p
	a[0] = -1
	fmt.Println(a, *p, s)
	r := (*[1]int)(q[1:])
	r[0] = 99
	fmt.Println(s, *r)
	pp := (*Pair)(s[3:])
	pp[1] = 50
	fmt.Println(s, *pp)
	s = append(s[:2], 0, 0, 0)
	fmt.Println(s, *p)
	var m = map[[2]int]string{{7, 0}: "seven"}
	fmt.Println(m[*p])
}
