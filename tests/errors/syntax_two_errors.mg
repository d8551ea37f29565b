// checks: recovery reports an error on each of two lines
package main

func main() {
	x := (1 +
	y := 2 3
	z := 4 5
}
