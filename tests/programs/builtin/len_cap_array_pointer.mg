// len and cap of an array pointer are its length without a dereference; with a call or receive the operand is evaluated, otherwise not
package main

import "fmt"

var calls int

func nilArr() *[4]int { calls++; return nil }
func arr() [3]int     { calls++; return [3]int{} }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	fmt.Println(len(nilArr()), cap(nilArr()), len(arr()), cap(arr()), calls)
	var p *[3]int
	var pp **[3]int
	const c = len(p) + cap(*p) + len(**pp)
	fmt.Println(len(p), cap(p), c)
	try("deref nil", func() { fmt.Println(len(*p), cap(*pp)) })
	try("deref of a call", func() { fmt.Println(len(*nilArr())) })
	var s []int
	try("conversion is not a call", func() { fmt.Println(len([3]int(s)), len((*[3]int)(s))) })
	try("conversion of a call", func() { fmt.Println(len([2]int(append(s, 1)))) })
	ch := make(chan *[6]byte, 1)
	ch <- nil
	fmt.Println(len(<-ch), len(ch))
	try("for range nil pointer deref", func() {
		n := 0
		for range *p {
			n++
		}
		fmt.Println("iterations", n)
	})
	try("range blank value deref", func() {
		for i, _ := range *p {
			fmt.Print(i)
		}
	})
	if calls != 5 {
		panic("fail")
	}
}
