// a String method panicking with a named string type while printing reports the type name
package main

type MyString string
type S struct{}

func (S) String() string { panic(MyString("x")) }

func main() { panic(S{}) }
