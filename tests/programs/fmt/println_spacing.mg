// Print adds spaces only between non-string operands; Println always adds them
package main

import "fmt"

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("x", 1, 2, "y", "z", nil, []int{1})
	fmt.Printf("%q\n", s)
	t := fmt.Sprintln("x", 1)
	fmt.Printf("%q\n", t)
	fmt.Print()
	fmt.Println()
	fmt.Print(nil, nil, "\n")
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
}
