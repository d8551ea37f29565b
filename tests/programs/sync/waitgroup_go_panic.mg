// a panic inside a function started with WaitGroup.Go crashes the program
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Go(func() {
		defer fmt.Println("task's deferred call runs")
		var s []string
		fmt.Println(s[0])
	})
	wg.Wait()
	fmt.Println("not reached")
}
