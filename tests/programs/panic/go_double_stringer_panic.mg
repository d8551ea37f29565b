// a String method panicking with another Stringer is fatal and prints the inner type
// from: src/runtime/testdata/testprog/crash.go DoubleStringerPanic (re-expressed)
package main

type inner struct{}

func (inner) String() string { return "never used" }

type outer struct{}

func (outer) String() string { panic(inner{}) }

func main() {
	panic(outer{})
}
