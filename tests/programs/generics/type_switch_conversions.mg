// type switches and assertions on values of type-parameter type, conversions between type parameters, var zero T
package main

import "fmt"

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return fmt.Sprintf("string %q", x)
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func Zero[T any]() T {
	var z T
	return z
}

func Convert[From ~int | ~float64, To ~int | ~float64](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func IsNil[T any](v T) bool {
	_, ok := any(v).(interface{ IsNil() bool })
	return ok
}

type Meters float64

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func AsString[T ~string](v T) string { return string(v) + "!" }

func main() {
	fmt.Println(Describe(42), Describe("hi"), Describe(Tag("go")), Describe(1.5), Describe([]int{}))
	fmt.Printf("%v %q %v %v %T\n", Zero[int](), Zero[string](), Zero[*int]() == nil, Zero[[]int]() == nil, Zero[Meters]())
	fmt.Printf("%#v\n", Zero[struct{ A int }]())
	fmt.Println(Convert[float64, int]([]float64{1.9, -2.5}))
	ms := Convert[int, Meters]([]int{3})
	fmt.Printf("%v %T\n", ms, ms)
	fmt.Println(IsNil(3), AsString(Tag("x")))
	var a any = Zero[error]()
	fmt.Println(a == nil)
}
