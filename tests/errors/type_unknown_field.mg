// checks: a struct literal naming a field the type lacks
package main

type P struct{ X, Y int }

func main() {
	p := P{X: 1, Z: 2}
	println(p.X)
}
