// new(expr) evaluates its operand once, at the call: map reads, receives, calls with side effects, struct copies
package main

import "fmt"

var calls int

func next() int {
	calls++
	return calls * 10
}

type account struct {
	owner   string
	balance int
}

func main() {
	m := map[string]int{"a": 1}
	pm := new(m["a"])
	missing := new(m["zz"])
	m["a"] = 2
	fmt.Println(*pm, *missing, m["a"])

	ch := make(chan string, 1)
	ch <- "sent"
	pc := new(<-ch)
	fmt.Println(*pc, len(ch))

	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, new(next()))
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println(calls)

	acc := account{"ann", 5}
	snapshot := new(acc)
	acc.balance = 50
	fmt.Printf("%+v %+v\n", acc, *snapshot)
	list := []*account{new(acc), new(account{"bob", 1})}
	list[0].balance++
	fmt.Println(*list[0], *list[1], acc.balance)
}
