// checks: a short variable declaration used as an if condition
package main

func main() {
	if x := 1 {
	}
}
