// checks: defer of a parenthesized call
package main

func f() {}

func main() {
	defer (f())
}
