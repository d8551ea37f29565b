// the crash chain prints one line per record, oldest first, with tabs and recovered marks
// from: /work/shared/SEMANTICS.md §5.1
package main

import (
)

func main() {
	defer func() { panic("third\nline") }()
	defer func() { recover(); panic("second") }()
	panic("first")
}
