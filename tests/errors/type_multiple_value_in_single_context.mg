// checks: a two-result call used as one value
package main

func two() (int, int) { return 1, 2 }

func main() {
	x := two() + 1
	println(x)
}
