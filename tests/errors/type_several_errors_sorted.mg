// checks: several type errors are reported in source order
package main

func main() {
	var a int = "x"
	var b string = 1
	println(a, b, c)
}
