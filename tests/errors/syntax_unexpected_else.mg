// checks: else on its own line after the closing brace
package main

func main() {
	x := 1
	if x > 0 {
	}
	else {
	}
}
