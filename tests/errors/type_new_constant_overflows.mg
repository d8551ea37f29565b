// checks: new of an untyped constant that does not fit its default type
package main

func main() {
	p := new(1 << 70)
	_ = p
}
