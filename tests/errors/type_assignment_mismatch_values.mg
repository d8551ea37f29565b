// checks: more variables than values
package main

func main() {
	var a, b = 1
	println(a, b)
}
