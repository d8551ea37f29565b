// uncaught panic values of basic and named types print as the runtime formats them
package main

import (
	"fmt"
	"os"
)

type MyInt int
type MyBool bool
type MyFloat float64

func show(v any) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	panic(v)
}

func main() {
	show(MyInt(7))
	show(MyBool(true))
	show(MyFloat(2.5))
	show(uint64(1 << 63))
	show('A')
	fmt.Fprintln(os.Stderr, "now crashing")
	panic(MyFloat(1e21))
}
