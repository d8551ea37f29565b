// a generic function and a generic type's method that are never instantiated still use their imports and package functions (no "imported and not used")
package main

import (
	"fmt"
	"strings"
)

type Box[T any] struct{ v T }

func (b Box[T]) Describe() string { return strings.Repeat("*", 3) + fmt.Sprint(b.v) }

func Shout[T any](x T) string {
	return strings.ToUpper(fmt.Sprint(x)) + suffix()
}

func suffix() string { return "!" }

func main() {
	fmt.Println("nothing generic runs")
}
