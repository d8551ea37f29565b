// an uncaught index out of range crashes with exit code 2 after deferred calls
package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before crash")
	s := []int{1, 2, 3}
	i := 3
	fmt.Println("before")
	fmt.Println(s[i])
	fmt.Println("not reached")
}
