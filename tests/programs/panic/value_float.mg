// an uncaught float panic value prints in the shortest form
package main

func main() {
	defer func() { panic(0.0001) }()
	defer func() { panic(123456789.0) }()
	defer func() { panic(1.0 / 3) }()
	panic(3.0)
}
