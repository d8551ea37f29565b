// Whole-object pointers through the stdlib and nested aggregates: errors.As into
// a struct variable, sort.Slice over []*T, *[3][2]int rows resliced, new of structs
// with array fields copied by value, pointers into fields across *p = T{}.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.code) }

type Grid [3][2]int

type Pair struct {
	a, b int
	tag  string
}

func fill(g *Grid) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*10 + j
		}
	}
}

func main() {
	var target MyErr
	err := fmt.Errorf("wrap: %w", MyErr{7})
	fmt.Println(errors.As(err, &target), target.code)

	var g Grid
	fill(&g)
	fmt.Println(g, len(g[1]))
	pg := &g
	rows := pg[1:]
	rows[0][1] = 99
	fmt.Println(g[1], *pg == g)

	ps := []*Pair{{3, 1, "c"}, {1, 2, "a"}, {2, 3, "b"}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].a < ps[j].a })
	var sb strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&sb, "%s%d ", p.tag, p.b)
	}
	fmt.Println(sb.String())

	type Big struct {
		arr [4]int
		p   Pair
	}
	b := new(Big)
	b.arr[2] = 5
	b.p.tag = "x"
	c := *b
	c.arr[2] = 6
	c.p.tag = "y"
	fmt.Printf("%+v %+v\n", *b, c)
	q := &b.p
	*b = Big{}
	fmt.Printf("%q %v\n", q.tag, q == &b.p)
	m := map[Pair]*Pair{}
	m[Pair{1, 1, "k"}] = &Pair{2, 2, "v"}
	m[Pair{1, 1, "k"}].a = 9
	fmt.Println(*m[Pair{1, 1, "k"}])
	arrp := new([2]Pair)
	arrp[1] = Pair{4, 4, "w"}
	s := arrp[:]
	s[1].a = 8
	fmt.Println(arrp[1], len(arrp))
	var ip interface{} = arrp
	fmt.Println(ip.(*[2]Pair)[1].a)
}
