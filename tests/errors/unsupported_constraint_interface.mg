// checks: a constraint interface with a type set
package main

type Number interface {
	~int | ~float64
}

func main() {
}
