// checks: a type argument without the constraint's method (Go: int does not satisfy Stringer (missing method String))
package main

type Stringer interface{ String() string }

func Show[T Stringer](x T) string { return x.String() }

func main() {
	_ = Show(1)
}
