// `defer recover()` in a deferred method value recovers; run by Goexit's deferred call it returns nil
package main

import (
	"fmt"
	"runtime"
)

type Guard struct{ name string }

func (g Guard) Release() {
	defer recover()
	fmt.Println("releasing", g.name)
}

func main() {
	func() {
		release := Guard{"lock"}.Release
		defer release()
		panic("while holding the lock")
	}()
	done := make(chan bool)
	go func() {
		defer close(done)
		defer Guard{"goroutine lock"}.Release()
		runtime.Goexit()
	}()
	<-done
}
