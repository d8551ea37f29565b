// checks: an interface that embeds itself
package main

type I interface {
	M() I
	I
}

func main() {}
