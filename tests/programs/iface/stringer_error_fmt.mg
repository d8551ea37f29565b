// fmt uses Error() before String(), and methods on pointers only for pointers
package main

import "fmt"

type S struct{ v int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.v) }

type P struct{ v int }

func (p *P) String() string { return fmt.Sprintf("P<%d>", p.v) }

type Both struct{}

func (Both) String() string { return "as string" }
func (Both) Error() string  { return "as error" }

func main() {
	fmt.Println(S{1}, &S{2})
	fmt.Println(P{3}, &P{4})
	fmt.Println(Both{})
	fmt.Printf("%v %s %d\n", S{5}, S{6}, S{7})
	fmt.Println([]S{{8}, {9}})
	fmt.Println(map[string]S{"k": {10}})
}
