// fmt.Errorf %w wraps; errors.Is walks the chain, errors.Unwrap peels one layer
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrBase)
	e2 := fmt.Errorf("layer2: %w", e1)
	e3 := fmt.Errorf("no wrap: %v", ErrBase)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e2, e1), errors.Is(e3, ErrBase), errors.Is(ErrBase, e2))
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(e1) == ErrBase, errors.Unwrap(ErrBase) == nil, errors.Unwrap(e3) == nil)
	fmt.Printf("%T %T\n", e2, e3)
	fmt.Println(errors.Is(nil, ErrBase), errors.Is(nil, nil))
}
