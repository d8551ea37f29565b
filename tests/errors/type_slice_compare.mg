// checks: slices can only be compared to nil
package main

func main() {
	a := []int{1}
	b := []int{1}
	println(a == b)
}
