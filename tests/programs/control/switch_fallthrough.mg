// fallthrough enters the next case body without testing its condition
package main

import "fmt"

func grade(n int) {
	switch {
	case n >= 90:
		fmt.Print("A ")
		fallthrough
	case n >= 80:
		fmt.Print("B-or-better ")
		fallthrough
	case n < 0:
		fmt.Print("(fell through) ")
	default:
		fmt.Print("default ")
	}
	fmt.Println()
}

func main() {
	grade(95)
	grade(85)
	grade(50)
	grade(-5)
	switch x := 2; x {
	case 1, 2, 3:
		fmt.Println("small", x)
		fallthrough
	case 10:
		fmt.Println("ten body")
	}
}
