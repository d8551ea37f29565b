// a deadlock in a deferred call of a panic prints only the deadlock error
// from: /work/shared/SEMANTICS.md §5.7
package main

import "fmt"

func main() {
	defer func() { fmt.Println("this deferred call blocks forever"); select {} }()
	panic("boom")
}
