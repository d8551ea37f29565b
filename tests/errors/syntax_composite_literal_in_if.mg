// checks: a composite literal of a named type in an if header needs parentheses
package main

type P struct{ x int }

func main() {
	p := P{1}
	if p == P{1} {
	}
}
