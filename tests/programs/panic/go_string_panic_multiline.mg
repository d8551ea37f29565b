// a multi-line string panic value continues each line with a tab
// from: src/runtime/testdata/testprog/crash.go StringPanic (re-expressed)
package main

func main() {
	panic("important multi-line\nstring message\nthird line")
}
