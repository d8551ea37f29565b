// a panic value of a named string type prints as main.T("...") with newline plus tab
// from: /work/shared/SEMANTICS.md §5.3
package main

import (
)

type MyString string
func main() { panic(MyString("a\nb")) }
