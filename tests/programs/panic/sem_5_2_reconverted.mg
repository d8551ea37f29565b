// a value re-converted from an interface is not identical and prints twice
// from: /work/shared/SEMANTICS.md §5.2
package main

import (
)

func main() { defer func() { r := recover(); panic(r.(string)) }(); panic("msg") }
