// panicking twice with the same constant shares one box at any call site: one chain line
package main

func again() { panic(1000) }

func main() {
	defer again()
	panic(1000)
}
