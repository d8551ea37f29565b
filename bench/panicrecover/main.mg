// One million panic + recover round trips: a function panics with an int, a
// deferred closure of its caller recovers it and sets the named result.
package main

import "fmt"

func mayFail(i int) {
	if i >= 0 {
		panic(i)
	}
}

func try(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = e.(int) & 7
		}
	}()
	mayFail(i)
	return -1
}

func main() {
	const n = 1000000
	sum := 0
	for i := 0; i < n; i++ {
		sum += try(i)
	}
	fmt.Println("round trips", n, "checksum", sum)
}
