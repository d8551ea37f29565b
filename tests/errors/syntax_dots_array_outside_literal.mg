// checks: [...]T outside a composite literal
package main

func main() {
	var a [...]int
	_ = a
}
