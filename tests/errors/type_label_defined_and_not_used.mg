// checks: a label no branch refers to
package main

func main() {
L:
	for i := 0; i < 2; i++ {
		println(i)
	}
}
