// len and cap of an array pointer are not constant when the operand has a call or a receive
package main

type A [4]int

var ch = make(chan A)

func f() *A { return nil }

const c = len(f())
const d = cap(<-ch)

func main() {
}
