// checks: x++ used as a value
package main

func main() {
	x := 0
	y := x++
}
