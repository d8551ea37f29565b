// `defer recover()` while Goexit runs deferred calls recovers nothing; a panic raised during Goexit can be recovered that way, and Goexit goes on
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("goroutine's first defer runs: Goexit goes on")
		defer func() {
			defer recover() // run by Goexit's deferred call: nothing to recover
			fmt.Println("deferred call run by Goexit")
		}()
		runtime.Goexit()
	}()
	<-done
	done = make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("Goexit still goes on after the recovery")
		defer func() {
			defer func() {
				defer recover() // run by the panic's deferred call: recovers "during Goexit"
			}()
			panic("during Goexit")
		}()
		runtime.Goexit()
	}()
	<-done
	fmt.Println("main ends")
}
