// checks: selecting a field or method the type lacks
package main

type P struct{ X int }

func main() {
	p := P{}
	println(p.Y)
}
