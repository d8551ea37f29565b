// a middle layer recovers, wraps the value and panics again; the top layer recovers the wrapped value
package main

import (
	"errors"
	"fmt"
)

var ErrLow = errors.New("low level failure")

func low() { panic(ErrLow) }

func middle() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Errorf("middle: %w", r.(error)))
		}
	}()
	low()
}

func main() {
	defer func() {
		r := recover()
		err, _ := r.(error)
		fmt.Println("top recovered:", err)
		fmt.Println("is ErrLow:", errors.Is(err, ErrLow))
	}()
	middle()
}
