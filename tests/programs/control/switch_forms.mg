// expression switches: init statement, no tag, multiple values, break inside switch
package main

import "fmt"

func main() {
	for i := 0; i < 6; i++ {
		switch r := i % 3; {
		case r == 0 && i > 0:
			fmt.Println(i, "multiple of 3")
		case i == 4:
			fmt.Println(i, "four")
			if i == 4 {
				break
			}
			fmt.Println("unreachable")
		default:
			fmt.Println(i, "other")
		}
	}
	switch {
	}
	x := 5
	switch x {
	default:
		fmt.Println("default first in source")
	case 5:
		fmt.Println("five")
	}
}
