// type assertion failure messages for concrete, interface and nil cases
package main

import "fmt"

type I interface{ M() }
type J interface{ N() }
type T struct{}
type MyInt int

func (T) M()  {}
func (*T) N() {}

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T | %v\n", r, r)
	}()
	f()
}

func main() {
	var x any = 1
	var y any = MyInt(1)
	var i I = T{}
	var ni I
	var na any
	try(func() { _ = x.(string) })
	try(func() { _ = y.(int) })
	try(func() { _ = i.(*T) })
	try(func() { _ = x.(I) })
	try(func() { _ = i.(J) })
	try(func() { _ = na.(int) })
	try(func() { _ = ni.(T) })
	try(func() { _ = na.(I) })
	try(func() { _ = na.(error) })
	try(func() { var v any = T{}; _ = v.(J) })
}
