// checks: two assignment operators in a row
package main

func main() {
	x := 0
	x = = 1
}
