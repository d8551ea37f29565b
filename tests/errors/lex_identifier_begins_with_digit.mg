// checks: a name starting with a Unicode digit
package main

func main() {
	var ١y = 2
	_ = ١y
}
