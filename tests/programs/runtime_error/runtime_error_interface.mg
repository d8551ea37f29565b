// every runtime panic value implements runtime.Error; plain panics do not
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func classify(f func()) {
	defer func() {
		r := recover()
		re, isRuntime := r.(runtime.Error)
		_, isErr := r.(error)
		msg := ""
		if isRuntime {
			msg = re.Error()
		}
		fmt.Printf("%-28T runtime=%-5v error=%-5v %s\n", r, isRuntime, isErr, msg)
	}()
	f()
}

func main() {
	var m map[int]int
	var p *int
	var s []int
	z := 0
	classify(func() { m[1] = 1 })
	classify(func() { _ = *p })
	classify(func() { _ = s[z] })
	classify(func() { _ = 1 / z })
	classify(func() { panic("plain string") })
	classify(func() { panic(errors.New("an error")) })
	classify(func() { panic(nil) })
	classify(func() { var a any = 1; _ = a.(string) })
}
