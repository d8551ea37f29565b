// an Error method that panics and recovers internally still supplies the panic text
package main

import "fmt"

type Careful struct{}

func (Careful) Error() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("careful: ", r)
		}
	}()
	panic("inner trouble")
}

func main() {
	panic(Careful{})
}
