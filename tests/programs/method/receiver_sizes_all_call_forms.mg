// receivers smaller than, equal to and larger than a word, by value and pointer, variadic methods: direct, method value, method expression, interface and promoted calls agree
package main

import "fmt"

type Adder interface {
	M(int, byte) (byte, int)
}

type SmallVal byte

func (v SmallVal) M(x int, b byte) (byte, int) { return b, x + int(v) }

type SmallPtr byte

func (p *SmallPtr) M(x int, b byte) (byte, int) { return b, x + int(*p) }

type WordVal uintptr

func (v WordVal) M(x int, b byte) (byte, int) { return b, x + int(v) }

type BigVal [2]uintptr

func (v BigVal) M(x int, b byte) (byte, int) { return b, x + int(v[0]) + int(v[1]) }

type BigPtr [2]uintptr

func (p *BigPtr) M(x int, b byte) (byte, int) { return b, x + int(p[0]) + int(p[1]) }

type T struct {
	SmallVal
	*BigPtr
}

type Vari struct{ s string }

func (t Vari) V(prefix string, xs ...int) string { return fmt.Sprint(t.s, prefix, xs) }
func (t *Vari) PV(xs ...int) int               { return len(xs) + len(t.s) }

type Emb struct{ Vari }

var failed bool

func viaIface(name string, i Adder, inc int) {
	b, x := i.M(1000, 99)
	if b != 99 || x != 1000+inc {
		failed = true
		fmt.Printf("%s.M(1000, 99) = %v, %v want 99, %v\n", name, b, x, 1000+inc)
	}
	viaFunc("(i="+name+")", i.M, inc)
}

func viaFunc(name string, f func(int, byte) (byte, int), inc int) {
	b, x := f(1000, 99)
	if b != 99 || x != 1000+inc {
		failed = true
		fmt.Printf("%s(1000, 99) = %v, %v want 99, %v\n", name, b, x, 1000+inc)
	}
}

func viaClosure(name string, f func(int, byte) (byte, int), inc int) {
	b, x := f(1000, 99)
	if b != 99 || x != 1000+inc {
		failed = true
		fmt.Printf("%s(1000, 99) = %v, %v want 99, %v\n", name, b, x, 1000+inc)
	}
}

func main() {
	sv := SmallVal(1)
	viaIface("sv", sv, 1)
	viaFunc("sv.M", sv.M, 1)
	viaFunc("(&sv).M", (&sv).M, 1)
	psv := &sv
	viaIface("psv", psv, 1)
	viaFunc("psv.M", psv.M, 1)
	viaFunc("(*psv).M", (*psv).M, 1)
	sp := SmallPtr(2)
	viaIface("&sp", &sp, 2)
	viaFunc("sp.M", sp.M, 2)
	viaFunc("(&sp).M", (&sp).M, 2)
	wv := WordVal(3)
	viaIface("wv", wv, 3)
	viaFunc("wv.M", wv.M, 3)
	bv := BigVal([2]uintptr{4, 5})
	viaIface("bv", bv, 9)
	viaIface("&bv", &bv, 9)
	viaFunc("bv.M", bv.M, 9)
	bp := BigPtr([2]uintptr{6, 7})
	viaIface("&bp", &bp, 13)
	viaFunc("bp.M", bp.M, 13)
	t := T{SmallVal(1), &bp}
	_ = t
	var i Adder = sv
	viaClosure("Adder.M(sv)", func(x int, b byte) (byte, int) { return Adder.M(i, x, b) }, 1)
	viaClosure("SmallVal.M", func(x int, b byte) (byte, int) { return SmallVal.M(sv, x, b) }, 1)
	viaClosure("(*SmallVal).M", func(x int, b byte) (byte, int) { return (*SmallVal).M(&sv, x, b) }, 1)
	viaClosure("(*BigPtr).M", func(x int, b byte) (byte, int) { return (*BigPtr).M(&bp, x, b) }, 13)
	viaClosure("(*BigVal).M", func(x int, b byte) (byte, int) { return (*BigVal).M(&bv, x, b) }, 9)

	tv := Vari{"s"}
	fmt.Println(tv.V("a"), tv.V("b", 1, 2), Vari.V(tv, "c", []int{3}...), (*Vari).V(&tv, "d", 4))
	e := Emb{tv}
	pv := e.PV
	fmt.Println(e.V("e", 5), Emb.V(e, "f"), (*Emb).PV(&e, 1, 2, 3), pv(), pv([]int{1, 1}...))
	var vi interface{ V(string, ...int) string } = e
	vf := vi.V
	fmt.Println(vi.V("g", 6, 7), vf("h"), interface{ V(string, ...int) string }.V(e, "i", 8))
	fmt.Println("failed:", failed)
}
