// checks: interfaces that embed each other in a cycle (an interface embedding the cycle is not reported again)
package main

type A interface {
	M()
	B
}

type B interface{ A }

type C interface{ A }

func main() {}
