// a method used directly as the deferred call can recover
package main

import "fmt"

type Guard struct{ name string }

func (g *Guard) Catch() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "caught:", r)
	}
}

func work(g *Guard, fail bool) {
	defer g.Catch()
	if fail {
		panic("work failed")
	}
	fmt.Println(g.name, "worked")
}

func main() {
	work(&Guard{"first"}, false)
	work(&Guard{"second"}, true)
	fmt.Println("done")
}
