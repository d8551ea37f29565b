// checks: a constraint interface with a type set used as an ordinary type
package main

type Number interface {
	~int | ~float64
}

func main() {
	var n Number
	_ = n
}
