// fmt.Errorf with two %w verbs wraps both errors
package main

import (
	"errors"
	"fmt"
)

func main() {
	a := errors.New("a failed")
	b := errors.New("b failed")
	err := fmt.Errorf("both: %w and %w", a, b)
	fmt.Println(err)
	fmt.Println(errors.Is(err, a), errors.Is(err, b), errors.Unwrap(err) == nil)
	bad := fmt.Errorf("not an error: %w", "text")
	fmt.Println(bad)
	nilw := fmt.Errorf("nil: %w", nil)
	fmt.Println(nilw, errors.Unwrap(nilw) == nil)
}
