// `defer recover()` does not recover: recover is the deferred call itself, not called by one
package main

import "fmt"

func main() {
	defer fmt.Println("main's deferred Println still runs")
	defer recover()
	panic("not recovered")
}
