// method expressions on interface literals that embed other interfaces, and on error and fmt.Stringer; a nil interface argument panics
package main

import "fmt"

type T struct{ x int }

func (t T) String() string { return fmt.Sprint("T", t.x) }
func (t T) Error() string  { return "err" }

func main() {
	f := interface{ fmt.Stringer }.String
	g := interface {
		fmt.Stringer
		error
	}.Error
	h := fmt.Stringer.String
	k := error.Error
	fmt.Println(f(T{1}), g(T{2}), h(T{3}), k(T{4}))
	fmt.Printf("%T|%T\n", f, g)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(f(nil))
}
