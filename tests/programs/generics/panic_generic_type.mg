// a panic whose value is an instance of a generic type, uncaught: the crash output names main.Box[...] as Go prints it
package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Error() string { return fmt.Sprintf("box error %v", b.V) }

type Code[T any] int

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		var c Code[string] = 3
		panic(c)
	}()
	fmt.Println(Must(1, nil))
	Must(0, error(Box[int]{7}))
}
