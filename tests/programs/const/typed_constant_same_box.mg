// a typed constant converted to an interface at two sites shares one box too
package main

import "fmt"

type Code int

const Fatal Code = 300

func (c Code) String() string { return fmt.Sprintf("code %d", int(c)) }

func rethrow() { panic(Fatal) }

func main() {
	var r any = 'a'
	fmt.Printf("%T %v\n", r, r)
	defer rethrow()
	panic(Fatal)
}
