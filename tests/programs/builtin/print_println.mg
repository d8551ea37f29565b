// builtin print and println write to stderr; print adds no spaces or newline
package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println("stderr line", 1, true, 2.5)
	print("a", "b", 1, 2, "\n")
	print(3, 4, "\n")
	println(int8(-1), uint64(1<<63), 'x', 1 < 2)
	var e error
	println(e == nil)
	fmt.Println("stdout end")
}
