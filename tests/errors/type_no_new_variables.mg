// checks: := must declare at least one new variable
package main

func main() {
	x := 1
	x := 2
	println(x)
}
