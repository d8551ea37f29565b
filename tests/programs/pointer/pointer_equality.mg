// pointer comparison: same variable, different variables, nil
package main

import "fmt"

type T struct{ a int }

func main() {
	x, y := 1, 1
	p1, p2, p3 := &x, &x, &y
	fmt.Println(p1 == p2, p1 == p3, *p1 == *p3)
	var np *int
	fmt.Println(np == nil, p1 != nil)
	t1, t2 := &T{1}, &T{1}
	fmt.Println(t1 == t2, *t1 == *t2)
	s := []int{1, 2}
	fmt.Println(&s[0] == &s[0], &s[0] == &s[1])
}
