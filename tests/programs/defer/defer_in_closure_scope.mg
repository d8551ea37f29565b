// defer belongs to the enclosing function literal, not to the surrounding block
package main

import "fmt"

func main() {
	for i := 0; i < 2; i++ {
		func() {
			defer fmt.Println("closure defer", i)
			fmt.Println("closure body", i)
		}()
	}
	{
		defer fmt.Println("block defer runs at main's end")
	}
	if true {
		defer fmt.Println("if defer runs at main's end")
	}
	fmt.Println("main body end")
}
