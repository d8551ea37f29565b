// errors.Is compares comparable error values with ==, so equal struct errors match
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func main() {
	err := fmt.Errorf("lookup: %w", NotFound{"x"})
	fmt.Println(errors.Is(err, NotFound{"x"}), errors.Is(err, NotFound{"y"}))
	var target NotFound
	fmt.Println(errors.As(err, &target), target.Key)
	e1 := errors.New("same text")
	fmt.Println(errors.Is(fmt.Errorf("w: %w", e1), errors.New("same text")))
}
