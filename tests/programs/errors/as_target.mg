// errors.As finds the first error in the chain assignable to the target type
package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

type Temporary interface{ Temporary() bool }

type TimeoutErr struct{}

func (TimeoutErr) Error() string   { return "timeout" }
func (TimeoutErr) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("outer: %w", &PathError{"open", "/x"})
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("found:", pe.Op, pe.Path, pe)
	}
	var tmp Temporary
	fmt.Println(errors.As(err, &tmp))
	err2 := fmt.Errorf("wrapped: %w", TimeoutErr{})
	fmt.Println(errors.As(err2, &tmp), tmp.Temporary())
	var te TimeoutErr
	fmt.Println(errors.As(err2, &te), te)
}
