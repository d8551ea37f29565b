// Crash chain of repeated runtime errors: fixed-text errors (divide, nil map write) and panic(nil) are one shared value in Go and print once; bounds and type-assertion errors are new values and print twice
package main

import "fmt"

func main() {
	var m map[string]int
	var a any = 1
	z, s, i := 0, []int{}, 3
	defer fmt.Println("deferred calls ran")
	defer func() { m["again"] = 2 }()
	defer func() { m["k"] = 1 }()
	defer func() { panic(nil) }()
	defer func() { panic(nil) }()
	defer func() { _ = a.(string) }()
	defer func() { _ = a.(string) }()
	defer func() { _ = s[i] }()
	defer func() { _ = s[i] }()
	defer func() { _ = 1 / z }()
	_ = 2 / z
}
