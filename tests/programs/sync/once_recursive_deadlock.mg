// calling Do on the same Once from inside its function deadlocks
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	once.Do(func() {
		fmt.Println("inside Do")
		once.Do(func() { fmt.Println("never") })
	})
}
