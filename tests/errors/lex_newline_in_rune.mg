// checks: a rune literal cut by a newline
package main

func main() {
	x := 'a
	_ = x
}
