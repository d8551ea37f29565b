// re-panicking with the identical value prints a single line
// from: /work/shared/SEMANTICS.md §5.2
package main

import (
)

func main() { var e any = "message"; defer func() { panic(e) }(); panic(e) }
