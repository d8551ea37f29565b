// checks: a constant is not assignable
package main

const k = 1

func main() {
	k = 2
}
