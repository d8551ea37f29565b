// Unwrap of nil, As with no match leaves the target unchanged, Is on a nil target
package main

import (
	"errors"
	"fmt"
)

type TimeoutErr struct{ Secs int }

func (e *TimeoutErr) Error() string { return fmt.Sprint("timeout after ", e.Secs, "s") }

func main() {
	fmt.Println(errors.Unwrap(nil))
	base := errors.New("plain")
	target := &TimeoutErr{99}
	fmt.Println(errors.As(base, &target), target.Secs)
	err := fmt.Errorf("op: %w", &TimeoutErr{3})
	fmt.Println(errors.As(err, &target), target.Secs, target)
	fmt.Println(errors.Is(err, nil), errors.Is(nil, err))
	var nilErr error
	fmt.Println(errors.Join(nilErr) == nil, fmt.Errorf("%w", nilErr))
}
