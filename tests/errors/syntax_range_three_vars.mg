// checks: a range clause with three variables
package main

func main() {
	for a, b, c := range []int{} {
	}
}
