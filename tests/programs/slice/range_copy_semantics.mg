// range over a slice evaluates it once and copies each element into the loop variable
package main

import "fmt"

type P struct{ x int }

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 100)
			s[2] = 30
		}
		fmt.Println(i, v)
	}
	fmt.Println(s)
	ps := []P{{1}, {2}}
	for _, p := range ps {
		p.x *= 10
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].x *= 10
	}
	fmt.Println(ps)
}
