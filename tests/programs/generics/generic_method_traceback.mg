// an uncaught runtime error inside a method with type parameters: Go's traceback frame main.(*Box).At[...]
package main

import "fmt"

type Box struct{ v []int }

func (b *Box) At[T ~int](i T) int { return b.v[i] }

func main() {
	b := &Box{v: []int{1}}
	fmt.Println(b.At(0))
	fmt.Println(b.At(5))
}
