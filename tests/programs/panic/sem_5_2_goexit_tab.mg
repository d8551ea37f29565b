// a Goexit record prints nothing but still indents the next chain line
// from: /work/shared/SEMANTICS.md §5.2
package main

import "runtime"

func main() {
	defer func() { panic(recover()) }() // the Goexit record is current: recover() is nil
	defer runtime.Goexit()
	panic("v")
}
