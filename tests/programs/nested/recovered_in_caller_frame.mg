// a panic in a deferred call is recovered by a deferred call in a lower frame, dropping both records
package main

import "fmt"

func inner() {
	defer func() { panic("from inner's defer") }()
	panic("inner")
}

func middle() (s string) {
	defer func() {
		s = fmt.Sprint("middle recovered: ", recover())
	}()
	inner()
	return "not returned"
}

func main() {
	fmt.Println(middle())
	fmt.Println("recover in main:", recover())
}
