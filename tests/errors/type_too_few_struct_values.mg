// checks: a positional struct literal with too few values
package main

type P struct{ X, Y int }

func main() {
	p := P{1}
	println(p.X)
}
