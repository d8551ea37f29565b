// checks: a type that lacks an interface method
package main

type Shape interface {
	Area() float64
}

type Square struct{ side float64 }

func main() {
	var s Shape = Square{2}
	println(s)
}
