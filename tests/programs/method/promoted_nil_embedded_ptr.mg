// a pointer method promoted through a nil embedded pointer gets the nil pointer on every path: direct, interface, method value, method expression
package main

import "fmt"

type S1 string

func (s *S1) val() int {
	if s == nil {
		return -1
	}
	return 2
}

type Val interface{ val() int }

func val(v Val) int { return v.val() }

type Mid struct{ *S1 }
type Top struct{ Mid }

func main() {
	var zps struct{ *S1 }
	fmt.Println(zps.val(), val(zps), val(&zps))
	f := zps.val
	fmt.Println("method value", f())
	var v Val = zps
	g := v.val
	fmt.Println("interface method value", g(), Val.val(zps))
	h := struct{ *S1 }.val
	fmt.Println("method expression", h(zps))

	var t Top
	fmt.Println("two levels", t.val(), val(t), val(&t))
	fmt.Println("expressions", Top.val(t), (*Top).val(&t), Mid.val(t.Mid))

	s := S1("x")
	zps.S1 = &s
	t.S1 = &s
	fmt.Println("non-nil", zps.val(), val(zps), val(t), Top.val(t))
	if val(zps) != 2 || val(struct{ *S1 }{}) != -1 {
		panic("fail")
	}
}
