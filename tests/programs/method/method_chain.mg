// pointer-receiver methods returning the receiver allow chaining
package main

import (
	"fmt"
	"strings"
)

type Builder struct{ parts []string }

func (b *Builder) Add(s string) *Builder { b.parts = append(b.parts, s); return b }
func (b *Builder) Build() string         { return strings.Join(b.parts, "-") }

type V struct{ x int }

func (v V) Inc() V { v.x++; return v }

func main() {
	b := &Builder{}
	fmt.Println(b.Add("a").Add("b").Add("c").Build())
	fmt.Println(len(b.parts))
	v := V{}
	w := v.Inc().Inc().Inc()
	fmt.Println(v, w)
}
