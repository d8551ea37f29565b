// method expressions Go rejects: missing methods (on named types and type literals), a pointer method on a value type, a field, a pointer to an interface, an ambiguous name
package main

type T struct{ x int }

func (t *T) Set() {}

type I interface{ M() }
type J interface{ M() }
type A struct {
	I
	J
}

func main() {
	_ = struct{ T }.Nope
	_ = interface{ M() }.N
	_ = (*interface{ M() }).M
	_ = struct{ T }.Set
	_ = T.Set
	_ = (*T).x
	_ = T.set
	_ = A.M
	_ = (*struct{ *T }).Set
	var v T
	v.set()
}
