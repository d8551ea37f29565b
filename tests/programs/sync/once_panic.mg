// if Once's function panics, Do is still considered done and later calls do nothing
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("init failed") })
	}()
	ran := false
	once.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}
