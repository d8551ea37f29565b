// checks: several results without parentheses
package main

func f() int, int {
	return 1, 2
}

func main() {
}
