// checks: new of a call that returns no value
package main

func nothing() {}

func main() {
	p := new(nothing())
	_ = p
}
