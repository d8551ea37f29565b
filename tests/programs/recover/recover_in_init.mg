// init functions can recover their own panics and main then runs normally
package main

import "fmt"

var status = "unset"

func init() {
	defer func() {
		if r := recover(); r != nil {
			status = fmt.Sprint("init recovered: ", r)
		}
	}()
	var s []int
	_ = s[2]
}

func main() {
	fmt.Println(status)
}
