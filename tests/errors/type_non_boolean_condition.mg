// checks: an if condition that is not a boolean
package main

func main() {
	x := 1
	if x {
		println(x)
	}
}
