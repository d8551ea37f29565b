// a failed panicking type assertion reports both types
package main

import "fmt"

type I interface{ M() }
type T struct{}

func (T) M() {}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var x any = "hello"
	try(func() { _ = x.(int) })
	try(func() { _ = x.(I) })
	var i I = T{}
	try(func() { _ = i.(*T) })
	var n any
	try(func() { _ = n.(string) })
	try(func() { _ = n.(I) })
	fmt.Println(x.(string), i.(T) == T{})
	_ = x.(int)
}
