// comparable and method constraints: ==, map keys, calling constraint methods on concrete types, pointer-method constraints
package main

import (
	"fmt"
	"strings"
)

func Count[T comparable](xs []T, v T) int {
	n := 0
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return n
}

func Dedup[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }

type Square float64

func (s Square) Area() float64 { return float64(s * s) }
func (s Square) Name() string   { return "square" }

func Total[S Shape](shapes []S) (float64, string) {
	sum := 0.0
	var names []string
	for _, s := range shapes {
		sum += s.Area()
		names = append(names, s.Name())
	}
	return sum, strings.Join(names, ",")
}

func Join[T fmt.Stringer](xs []T, sep string) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(x.String())
	}
	return b.String()
}

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Resetter[T any] interface {
	*T
	Reset()
}

type Counter struct{ n int }

func (c *Counter) Reset() { c.n = 0 }

func ResetAll[T any, P Resetter[T]](xs []T) {
	for i := range xs {
		P(&xs[i]).Reset()
	}
}

type point struct{ x, y int }

func main() {
	fmt.Println(Count([]string{"a", "b", "a"}, "a"), Count([]point{{1, 2}, {1, 2}}, point{1, 2}))
	fmt.Println(Dedup([]int{3, 1, 3, 2, 1}), Dedup([]any{1, "1", 1}))
	fmt.Println(Total([]Rect{{2, 3}, {1, 1}}))
	fmt.Println(Total([]Shape{Rect{1, 2}, Square(3)}))
	fmt.Println(Join([]Color{0, 2, 1}, "/"))
	cs := []Counter{{5}, {7}}
	ResetAll(cs)
	fmt.Println(cs)
}
