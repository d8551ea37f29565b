// a nil pointer panic value whose Error method handles nil prints its text
package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func main() {
	var e *MyErr
	fmt.Println("panicking with a nil *MyErr")
	panic(e)
}
