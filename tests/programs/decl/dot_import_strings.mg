// checks: dot imports: members of strings, strconv and math used unqualified (functions, a type with methods, constants), next to a qualified import and shadowed by locals
package main

import (
	"fmt"
	. "math"
	. "strconv"
	. "strings"
)

type wordList []string

func (w wordList) joined() string { return Join(w, "+") }

func main() {
	fmt.Println(ToUpper("dot"), Repeat("ab", 3), HasPrefix("golang", "go"))
	fmt.Println(Fields(" a b  c "), wordList{"x", "y"}.joined())
	var b Builder
	b.WriteString("built")
	b.WriteByte('!')
	fmt.Println(b.String(), b.Len())
	n, err := Atoi("42")
	fmt.Println(n+1, err, Itoa(7)+"x", Quote("q"))
	_, err = Atoi("x1")
	fmt.Println(err)
	fmt.Println(Sqrt(16), Floor(Pi*100)/100, MaxInt8, Inf(1))
	fmt.Printf("%T %T\n", ToLower, &b)
	Split := func(s string) []string { return []string{s} }
	fmt.Println(Split("a,b"), len(SplitN("a,b,c", ",", 2)))
}
