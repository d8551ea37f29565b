// every form of range over an iterator function: no variables, one, two, blanks, assignment to existing variables, named iterator types and method values
package main

import "fmt"

type Seq func(yield func(int) bool)

type Seq2 func(yield func(string, int) bool)

func count(n int) Seq {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func three(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

type Bag struct{ items []string }

func (b *Bag) All(yield func(int, string) bool) {
	for i, s := range b.items {
		if !yield(i, s) {
			return
		}
	}
}

func main() {
	n := 0
	for range three {
		n++
	}
	fmt.Println("no variables:", n)
	for range count(2) {
		fmt.Println("for range over a named Seq")
	}
	for i := range count(3) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for k, v := range Seq2(pairs) {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	for k := range pairs {
		fmt.Print(k, " ")
	}
	fmt.Println()
	for _, v := range pairs {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var key string
	var val any
	for key, val = range pairs {
	}
	fmt.Printf("after assignment form: %q %v (%T)\n", key, val, val)
	var i int
	for i = range count(5) {
		if i == 2 {
			break
		}
	}
	fmt.Println("i kept its last value:", i)
	b := &Bag{[]string{"x", "y"}}
	for i, s := range b.All {
		fmt.Println("method value:", i, s)
	}
	var sq Seq = count(1)
	for x := range sq {
		fmt.Println("variable of named type:", x)
	}
}
