// variadic methods through promoted, pointer and interface wrappers, with spread arguments, deferred and started with go
package main

import "fmt"

type V struct{ s string }

func (v V) Join(sep string, xs ...string) string {
	out := v.s
	for _, x := range xs {
		out += sep + x
	}
	return out
}

type Emb struct{ *V }
type Val struct{ V }

type Joiner interface {
	Join(string, ...string) string
}

func main() {
	xs := []string{"a", "b"}
	e := Emb{&V{"e"}}
	w := Val{V{"w"}}
	fmt.Println(Emb.Join(e, "-", xs...), (*Emb).Join(&e, "+"), Val.Join(w, ":", "x"), (*V).Join(&V{"p"}, "/", xs...))
	var j Joiner = e
	jf := j.Join
	fmt.Println(j.Join(",", xs...), jf(";", "z"), Joiner.Join(&w, "|", xs...))
	f := (*Val).Join
	fmt.Println(f(&w, ".", append(xs, "c")...))
	defer (*Emb).Join(&e, "x", xs...)
	go Val.Join(w, "y", xs...)
}
