// custom error types with Unwrap and Is methods participate in errors.Is
package main

import (
	"errors"
	"fmt"
)

type StatusErr struct {
	Code  int
	Cause error
}

func (e StatusErr) Error() string { return fmt.Sprintf("status %d: %v", e.Code, e.Cause) }
func (e StatusErr) Unwrap() error { return e.Cause }
func (e StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && t.Code == e.Code
}

var ErrIO = errors.New("io")

func main() {
	err := fmt.Errorf("request: %w", StatusErr{503, ErrIO})
	fmt.Println(err)
	fmt.Println(errors.Is(err, StatusErr{Code: 503}), errors.Is(err, StatusErr{Code: 404}), errors.Is(err, ErrIO))
	var se StatusErr
	fmt.Println(errors.As(err, &se), se.Code)
}
