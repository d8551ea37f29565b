// constant comparisons and boolean constants
package main

import "fmt"

const (
	Debug   = false
	Level   = 3
	Verbose = Level > 2 && !Debug
	Same    = "abc" < "abd"
	FloatEq = 0.1+0.2 == 0.3
)

func main() {
	fmt.Println(Debug, Verbose, Same, FloatEq)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3)
	if Verbose {
		fmt.Println("verbose")
	}
}
