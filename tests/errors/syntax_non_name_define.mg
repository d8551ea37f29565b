// checks: a selector on the left of :=
package main

func main() {
	var a struct{ b int }
	a.b := 1
}
