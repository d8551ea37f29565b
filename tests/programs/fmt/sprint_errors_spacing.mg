// Sprint puts spaces between operands only when neither side is a string, errors included
package main

import (
	"errors"
	"fmt"
)

type S struct{}

func (S) String() string { return "stringer" }

func main() {
	e1, e2 := errors.New("e1"), errors.New("e2")
	fmt.Println(fmt.Sprint(e1, e2))
	fmt.Println(fmt.Sprint("a", e1, "b"))
	fmt.Println(fmt.Sprint(S{}, S{}, "x", S{}))
	fmt.Println(fmt.Sprint(1, 2.5, true, 'c', nil, []int{}))
	type MyStr string
	fmt.Println(fmt.Sprint(MyStr("m"), MyStr("n"), 3))
}
