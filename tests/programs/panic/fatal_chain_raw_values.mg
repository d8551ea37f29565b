// the chain before a fatal error shows values raw: Error is not called, named types are shown with their type
package main

import (
	"fmt"
	"sync"
)

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func main() {
	var mu sync.Mutex
	defer mu.Unlock()
	defer func() {
		fmt.Println("recovered:", recover())
		panic(Code(7))
	}()
	panic("first")
}
