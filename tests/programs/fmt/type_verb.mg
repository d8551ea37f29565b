// %T names builtin, named, composite, function and channel types
package main

import "fmt"

type Pt struct{ X int }
type Str string
type Fn func(int) (string, error)

func main() {
	fmt.Printf("%T|%T|%T|%T\n", 1, "s", 1.0, 'r')
	fmt.Printf("%T|%T|%T\n", Pt{}, &Pt{}, []*Pt{})
	fmt.Printf("%T|%T\n", Str("x"), Fn(nil))
	fmt.Printf("%T|%T\n", map[string][]int{}, [3][2]bool{})
	fmt.Printf("%T|%T|%T\n", make(chan int), make(<-chan string), make(chan<- bool))
	fmt.Printf("%T|%T\n", func(...int) {}, func(a, b int) bool { return a < b })
	fmt.Printf("%T|%T\n", struct{}{}, struct {
		A int
		b string
	}{})
	var e error = fmt.Errorf("x")
	fmt.Printf("%T|%T\n", e, []any{})
	fmt.Printf("%T\n", nil)
}
