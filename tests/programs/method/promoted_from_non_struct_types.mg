// methods of embedded non-struct types (int, slice, map, func) are promoted: interfaces, method values and expressions, zero values; zero-size values compare equal
package main

import "fmt"

type Sorter interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func bubble(s Sorter) {
	for i := 0; i < s.Len(); i++ {
		for j := s.Len() - 1; j > i; j-- {
			if s.Less(j, j-1) {
				s.Swap(j, j-1)
			}
		}
	}
}

type MyInt int

func (m MyInt) Double() int { return int(m) * 2 }
func (m *MyInt) Bump()      { *m++ }

type L []int

func (l L) Len() int           { return len(l) }
func (l L) Less(i, j int) bool { return l[i] < l[j] }
func (l L) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

type M map[string]int

func (m M) Keys() int { return len(m) }

type F func() string

func (f F) Call() string { return "F:" + f() }

type All struct {
	MyInt
	L
	M
	F
}

type E struct{}

func main() {
	a := All{3, L{3, 1, 2}, M{"a": 1}, func() string { return "f" }}
	a.Bump()
	bubble(a)
	fmt.Println(a.Double(), a.L, a.Keys(), a.Call(), a.Len())
	var s Sorter = &a
	fmt.Println(s.Len(), a.Less(0, 1))
	d := All.Double
	k := a.Keys
	c := (*All).Call
	a.M["b"] = 2
	fmt.Println(d(a), k(), c(&a))
	var nilAll All
	fmt.Println(nilAll.Len(), nilAll.Keys(), nilAll.Double())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(nilAll.Call())
	}()
	fmt.Println(any(E{}) == any(E{}), [3]E{} == [3]E{}, struct {
		E
		n int
	}{} == struct {
		E
		n int
	}{})
	ch := make(chan E)
	go func() { ch <- E{} }()
	select {
	case v := <-ch:
		fmt.Println("got", v)
	}
}
