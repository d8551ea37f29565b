// checks: a short variable declaration used as a for condition
package main

func main() {
	for x := 0 {
	}
}
