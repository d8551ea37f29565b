// checks: every declaration form: imports, grouped const/var/type, iota, aliases, methods, doc comments
package main

import "fmt"

import (
	"os"
	str "strings"
	. "math"
	_ "sort"
)

const Pi = 3.14

const (
	A = iota
	B
	C, D = iota * 2, iota * 3
	E, F
	Typed int64 = 1 << 10
)

var x int

var (
	y, z    = 1, "two"
	w       float64
	p, q, r int = 1, 2, 3
	s, t    = f()
)

type Celsius float64

type Alias = Celsius

type (
	Point struct{ X, Y int }
	Pair  = [2]int
)

// Scale multiplies a point.
// It has a two-line doc comment.
func (p *Point) Scale(k int) {
	p.X *= k
}

// Not a doc comment: a blank line separates it.

func (p Point) Sum() int { return p.X + p.Y }

func f() (int, string) { return 0, "" }

func named(a, b int, c string) (sum int, err error) {
	return
}

func variadic(format string, args ...any) {}

func unnamed(int, string, ...bool) (int, error) { return 0, nil }

func main() {
	fmt.Println(os.Args, str.ToUpper("x"), Sqrt(4))
}
