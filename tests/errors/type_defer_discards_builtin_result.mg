// checks: deferring or starting a builtin whose result would be discarded names the result's type or constant
package main

var x []int

func main() {
	defer len(x)
	go append(x, 1)
	defer max(1, 2)
	defer new(1)
}
