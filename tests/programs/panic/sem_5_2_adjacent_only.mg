// identical panic values are only merged when adjacent in the chain
// from: /work/shared/SEMANTICS.md §5.2
package main

import (
)

func main() { var e any = "same"; defer func() { panic(e) }(); defer func() { panic("other") }(); panic(e) }
