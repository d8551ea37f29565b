// `defer recover()` in a deferred interface method that panics, and in deferred calls of a recursion whose every level panics
package main

import "fmt"

type Guard struct{ level int }

func (g *Guard) Close() {
	defer recover()
	fmt.Println("closing guard", g.level)
	if g.level == 2 {
		panic(fmt.Sprint("close failed at ", g.level))
	}
}

type Closer interface{ Close() }

func descend(n int) (result string) {
	var c Closer = &Guard{n}
	defer func() { result += fmt.Sprint(" <", n, ">") }()
	defer c.Close()
	if n == 3 {
		panic("bottom")
	}
	return descend(n+1) + fmt.Sprint(" ", n)
}

func rec(n int) {
	defer func() {
		defer recover()
		if n > 0 {
			rec(n - 1)
		}
		panic(fmt.Sprint("from deferred call ", n))
	}()
	if n == 2 {
		panic("start")
	}
}

func main() {
	fmt.Println("descend:", descend(1))
	defer func() { fmt.Println("main sees:", recover()) }()
	rec(2)
	fmt.Println("rec returned")
	panic("end")
}
