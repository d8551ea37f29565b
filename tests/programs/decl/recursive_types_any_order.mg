// recursive types declared in any order: structs through pointers, slices and maps, function types referring to each other, self-referring interfaces
package main

import "fmt"

type Visitor func(Expr) Visitor

type Expr interface {
	Eval(env Env) int
	Children() []Expr
	fmt.Stringer
}

type Env map[string]*Binding

type Binding struct {
	value int
	scope *Scope
}

type Scope struct {
	parent *Scope
	vars   Env
	kids   []Scope
}

type Num int
type Var string
type Add struct{ L, R Expr }

func (n Num) Eval(Env) int       { return int(n) }
func (n Num) Children() []Expr   { return nil }
func (n Num) String() string     { return fmt.Sprint(int(n)) }
func (v Var) Eval(e Env) int     { return e[string(v)].value }
func (v Var) Children() []Expr   { return nil }
func (v Var) String() string     { return string(v) }
func (a Add) Eval(e Env) int     { return a.L.Eval(e) + a.R.Eval(e) }
func (a Add) Children() []Expr   { return []Expr{a.L, a.R} }
func (a Add) String() string     { return fmt.Sprintf("(%v + %v)", a.L, a.R) }

func walk(e Expr, v Visitor) {
	if v = v(e); v == nil {
		return
	}
	for _, c := range e.Children() {
		walk(c, v)
	}
}

type Node struct {
	*Node
	Label string
}

func main() {
	root := &Scope{vars: Env{}}
	root.vars["x"] = &Binding{value: 40, scope: root}
	root.kids = append(root.kids, Scope{parent: root})
	e := Add{Var("x"), Add{Num(1), Num(1)}}
	fmt.Println(e, "=", e.Eval(root.vars), root.kids[0].parent == root)
	depth := 0
	var count Visitor
	count = func(x Expr) Visitor {
		depth++
		fmt.Printf("visit %v\n", x)
		if _, ok := x.(Add); ok {
			return count
		}
		return nil
	}
	walk(e, count)
	fmt.Println("visited", depth)
	n := Node{&Node{nil, "inner"}, "outer"}
	fmt.Println(n.Label, n.Node.Label, n.Node.Node == nil)
}
