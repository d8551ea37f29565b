// checks: complex numbers are outside minigo
package main

func main() {
	var c complex128
	_ = c
}
