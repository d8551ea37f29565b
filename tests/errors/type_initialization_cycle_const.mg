// checks: constants whose values refer to each other in a cycle
package main

const (
	x = y + 1
	y = z * 2
	z = x
)

func main() {}
