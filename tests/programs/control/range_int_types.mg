// range over an integer takes the integer's type; zero and negative counts do nothing
package main

import "fmt"

type Count int8

func main() {
	for i := range int64(2) {
		fmt.Printf("%T %d\n", i, i)
	}
	for i := range Count(2) {
		fmt.Printf("%T %d\n", i, i)
	}
	n := -3
	for range n {
		fmt.Println("never")
	}
	for i := range 0 {
		fmt.Println("never", i)
	}
	total := 0
	for i := range 101 {
		total += i
	}
	fmt.Println(total)
}
