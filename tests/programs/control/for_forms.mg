// every form of for: three-clause, condition-only, infinite with break, range over int
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Print("odd", k, " ")
	}
	fmt.Println()
	for i := range 3 {
		fmt.Print(i)
	}
	for range 2 {
		fmt.Print("!")
	}
	var u uint8 = 3
	for i := range u {
		fmt.Printf(" %T:%d", i, i)
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
}
