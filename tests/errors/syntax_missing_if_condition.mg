// checks: an if without a condition
package main

func main() {
	if {
	}
}
