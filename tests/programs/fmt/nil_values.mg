// printing nil values of every kind with %v, %+v and %d
package main

import (
	"errors"
	"fmt"
)

type T struct{ x int }

func main() {
	var p *T
	var s []int
	var m map[string]bool
	var f func()
	var e error
	var i any
	var ch chan int
	fmt.Println(p, s, m, e, i, f == nil, ch == nil)
	fmt.Printf("%v %v %v %v %v\n", p, s, m, e, i)
	fmt.Printf("%+v %d %s\n", i, s, e)
	fmt.Printf("%T %T %T %T\n", p, s, e, i)
	fmt.Println(errors.Unwrap(errors.New("x")))
}
