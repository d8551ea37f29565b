// checks: defer of a function value that is not called
package main

func f() {}

func main() {
	defer f
}
