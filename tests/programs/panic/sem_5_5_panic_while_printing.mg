// a panic escaping Error() while printing the panic value is fatal
// from: /work/shared/SEMANTICS.md §5.5
package main

import (
)

type E struct{}
func (E) Error() string { panic("important multi-line\nerror message") }
func main() { panic(E{}) }
