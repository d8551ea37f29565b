// checks: a name that is declared nowhere
package main

func main() {
	println(y)
}
