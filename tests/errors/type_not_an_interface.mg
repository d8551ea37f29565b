// checks: a type assertion on a non-interface value
package main

func main() {
	x := 1
	_ = x.(int)
}
