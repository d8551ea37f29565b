// types defined from a struct with an embedded pointer (and aliases of the unnamed struct) keep its promoted methods but not the declared ones
package main

import "fmt"

type S1 string

func (s *S1) val() int {
	if s == nil {
		return -1
	}
	return len(*s)
}

type Val interface{ val() int }

type N struct{ *S1 }

func (n N) own() string { return "own" }

type N2 N
type A = struct{ *S1 }
type N3 A

func main() {
	s := S1("abc")
	var vs []Val = []Val{N{}, N2{}, N3{}, A{}, &N2{&s}, N3{&s}}
	for _, v := range vs {
		fmt.Printf("%T %d\n", v, v.val())
	}
	_, ok := any(N2{}).(interface{ own() string })
	fmt.Println(ok, N2.val(N2{&s}), (*N3).val(&N3{}), A.val(A{}))
}
