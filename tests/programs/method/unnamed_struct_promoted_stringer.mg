// unnamed struct types promote String and Error from embedded fields: fmt, errors and maps see them
package main

import (
	"errors"
	"fmt"
)

type Name struct{ s string }

func (n Name) String() string { return "Name(" + n.s + ")" }

type Code int

func (c *Code) Error() string { return fmt.Sprint("code ", int(*c)) }

func main() {
	fmt.Println(struct{ Name }{Name{"x"}})
	fmt.Printf("%v %s %d\n", struct{ Name }{Name{"y"}}, &struct{ Name }{Name{"z"}}, struct {
		Name
		n int
	}{Name{"w"}, 3})
	c := Code(4)
	var err error = struct{ *Code }{&c}
	fmt.Println(err)
	wrapped := fmt.Errorf("wrap: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
	list := []fmt.Stringer{struct{ Name }{Name{"a"}}, &struct{ Name }{Name{"b"}}}
	fmt.Println(list)
	m := map[struct{ Name }]int{{Name{"k"}}: 1}
	fmt.Println(m)
}
