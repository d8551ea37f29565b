// checks: new of the untyped nil (Go 1.26 new(expr) needs a typed value)
package main

func main() {
	p := new(nil)
	_ = p
}
