// predeclared identifiers (len, max, true, string, print) can be shadowed by local declarations
package main

import "fmt"

func main() {
	s := "hello"
	{
		len := func(x string) int { return 42 }
		fmt.Println(len(s))
	}
	fmt.Println(len(s))
	max := 7
	fmt.Println(max + 1)
	{
		true := false
		fmt.Println(true, !true)
	}
	type string = int
	var n string = 5
	fmt.Printf("%T %v\n", n, n)
	print := func(args ...any) { fmt.Println(append([]any{"custom print:"}, args...)...) }
	print(1, 2)
}
