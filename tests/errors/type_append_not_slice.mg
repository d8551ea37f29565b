// checks: the first argument of append must be a slice
package main

func main() {
	x := 1
	x = append(x, 2)
	println(x)
}
