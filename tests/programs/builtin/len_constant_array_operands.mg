// len and cap of arrays are constants when the operand has no call or receive (composite literals and conversions included) and then it is not evaluated
package main

import "fmt"

type A [4]int

var g A
var pg *A
var ch = make(chan [2]int, 1)

func f() *A { return &g }

const (
	c1 = len([3]int{})
	c2 = cap(A{})
	c3 = len(g)
	c4 = len(pg)
	c5 = len([2][5]int{}[1])
	c6 = len([len("abc")]int{})
	c7 = len([3]int([]int(nil)))
)

func main() {
	fmt.Println(c1, c2, c3, c4, c5, c6, c7)
	n := len(f())
	var arr [len(g) + cap(pg)]byte
	fmt.Println(n, len(arr))
	ch <- [2]int{}
	x := len(<-ch)
	fmt.Println(x, len(ch))
	func() {
		defer func() { fmt.Println(recover()) }()
		fmt.Println(len([3]int([]int{1})))
	}()
	fmt.Println(len([2]func(){func() { fmt.Println("never") }, nil}))
}
