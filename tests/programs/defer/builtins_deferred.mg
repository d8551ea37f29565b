// deferred builtins: close, delete, print, println, panic, copy-free forms
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	m := map[string]int{"k": 1, "j": 2}
	func() {
		defer close(ch)
		defer delete(m, "k")
		defer println("deferred println to stderr")
		defer print("deferred print\n")
		ch <- 1
	}()
	for v := range ch {
		fmt.Println("received", v)
	}
	fmt.Println(m)
	defer func() { fmt.Println("recovered:", recover()) }()
	defer panic("deferred panic builtin")
	fmt.Println("end of main body")
}
