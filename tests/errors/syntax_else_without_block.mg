// checks: else followed by a plain statement
package main

func main() {
	x := 1
	if x > 0 {
	} else x = 2
}
