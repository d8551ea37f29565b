// go with a method value of a nil interface panics at the go statement and can be recovered
package main

import "fmt"

type Runner interface{ Run() }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T: %v\n", r, r)
	}()
	var r Runner
	fmt.Println("starting")
	go r.Run()
	fmt.Println("not reached")
}
