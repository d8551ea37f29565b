// checks: an expression statement whose value is discarded
package main

func main() {
	x := 1
	x + 1
}
