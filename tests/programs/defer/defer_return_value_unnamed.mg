// with unnamed results a deferred closure cannot change the returned value
package main

import "fmt"

func f() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func g() (x int) {
	x = 1
	defer func() { x = 100 }()
	return x
}

func h() *int {
	x := 1
	defer func() { x = 100 }()
	return &x
}

func main() {
	fmt.Println(f(), g(), *h())
}
