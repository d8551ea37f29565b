// a recovered then re-panicked identical value prints [recovered, repanicked]
// from: /work/shared/SEMANTICS.md §5.2
package main

import (
)

func main() {
	defer func() { recover(); panic("outer") }()
	func() {
		defer func() { panic(recover()) }()
		func() { defer func() { recover(); panic("middle") }(); panic("inner") }()
	}()
}
