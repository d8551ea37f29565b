// os.Exit from a deferred call during a panic prints no panic message
package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		os.Exit(4)
	}()
	defer fmt.Println("first deferred call runs")
	panic("fatal problem")
}
