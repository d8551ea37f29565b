// checks: a map literal element without its colon
package main

func main() {
	x := map[string]int{"a" 1}
	_ = x
}
