// deferred builtins that panic when they run (close of a nil or closed channel, a deferred panic of an error) replace or follow the function's own panic
package main

import (
	"errors"
	"fmt"
)

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprint("E", e.code) }

func step(n int) {
	var nilChan chan int
	var nilMap map[string]int
	closed := make(chan int)
	close(closed)
	defer func() {
		r := recover()
		var e *E
		if err, ok := r.(error); ok && errors.As(err, &e) {
			fmt.Println("step", n, "recovered E with code", e.code)
			return
		}
		fmt.Printf("step %d recovered %T: %v\n", n, r, r)
	}()
	switch n {
	case 0:
		defer close(nilChan)
	case 1:
		defer close(closed)
		defer delete(nilMap, "k")
		defer clear(nilMap)
	case 2:
		defer panic(&E{2})
		defer print("")
		panic(errors.New("plain"))
	case 3:
		defer panic(fmt.Errorf("wrapped: %w", &E{3}))
	}
	fmt.Println("step", n, "body done")
}

func main() {
	for n := 0; n < 4; n++ {
		step(n)
	}
}
