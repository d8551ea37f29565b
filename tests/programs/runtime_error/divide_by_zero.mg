// integer division and modulo by zero panic for every integer type; floats do not
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T | %v\n", name, r, r)
	}()
	f()
}

func main() {
	zero := 0
	var z8 int8
	var zu uint64
	try("int /", func() { _ = 1 / zero })
	try("int %", func() { _ = 1 % zero })
	try("int8", func() { _ = int8(5) / z8 })
	try("uint64", func() { _ = uint64(5) % zu })
	try("op-assign", func() { x := 4; x /= zero })
	f := 0.0
	fmt.Println(1/f, -1/f)
}
