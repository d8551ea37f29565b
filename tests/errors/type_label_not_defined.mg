// checks: a goto to a missing label, and one from a function literal to a label of the enclosing function (labels are per function)
package main

import "fmt"

func main() {
	done := func() {
		goto finish
	}
	done()
	goto finsh
finish:
	fmt.Println("finished")
}
