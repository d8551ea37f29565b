// checks: asserting an interface to a type that cannot implement it
package main

type I interface{ M() }

type T struct{}

func main() {
	var i I
	_ = i.(T)
}
