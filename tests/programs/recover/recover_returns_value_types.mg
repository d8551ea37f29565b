// recover returns the panic value with its dynamic type intact
package main

import (
	"errors"
	"fmt"
)

type Code int

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	f()
}

func main() {
	catch(func() { panic(42) })
	catch(func() { panic("text") })
	catch(func() { panic(Code(7)) })
	catch(func() { panic(errors.New("err value")) })
	catch(func() { panic([]int{1, 2}) })
	catch(func() { panic(map[string]int{"a": 1}) })
	catch(func() { panic(struct{ A, B int }{1, 2}) })
	catch(func() { panic(3.5) })
	catch(func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) })
	catch(func() {})
}
