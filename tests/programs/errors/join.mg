// errors.Join combines errors, skipping nils; Is matches any of them
package main

import (
	"errors"
	"fmt"
)

func main() {
	e1 := errors.New("first")
	e2 := errors.New("second")
	j := errors.Join(e1, nil, e2)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, e1), errors.Is(j, e2))
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	fmt.Println(errors.Unwrap(j) == nil)
	w := fmt.Errorf("ctx: %w", j)
	fmt.Println(w, errors.Is(w, e2))
	fmt.Printf("%T\n", j)
}
