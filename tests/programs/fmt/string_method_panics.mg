// a panicking String or Error method is caught by fmt and reported inline
package main

import "fmt"

type Bad struct{}

func (Bad) String() string { panic("boom") }

type BadErr struct{}

func (BadErr) Error() string { panic(fmt.Errorf("wrapped")) }

type NilSafe struct{ name string }

func (n *NilSafe) String() string { return n.name }

func main() {
	fmt.Println(Bad{})
	fmt.Printf("%v|%s|%d\n", Bad{}, Bad{}, Bad{})
	fmt.Println(BadErr{})
	var np *NilSafe
	fmt.Println(np)
	fmt.Printf("%v %s\n", np, np)
	fmt.Println([]fmt.Stringer{Bad{}})
	fmt.Println("still running")
}
