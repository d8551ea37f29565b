// panic(nil) is recovered as a *runtime.PanicNilError, never as nil
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println(r == nil)
		fmt.Printf("%T\n", r)
		err, ok := r.(runtime.Error)
		fmt.Println(ok, err)
		_, isErr := r.(error)
		fmt.Println(isErr)
	}()
	var e error
	panic(e)
}
