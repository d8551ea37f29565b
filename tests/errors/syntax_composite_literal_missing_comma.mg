// checks: a composite literal element list cut by a newline
package main

func main() {
	x := []int{1, 2
	}
	_ = x
}
