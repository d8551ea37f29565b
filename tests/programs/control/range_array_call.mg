// a range expression with a call or receive is evaluated once even when only the index is used; an array pointer is not dereferenced
package main

import "fmt"

var calls int

func arr() [3]int     { calls++; return [3]int{1, 2, 3} }
func nilArr() *[4]int { calls++; return nil }

func main() {
	for i := range arr() {
		_ = i
	}
	fmt.Println("range arr():", calls)
	for range arr() {
	}
	fmt.Println("range without variables:", calls)
	for i := range nilArr() {
		fmt.Print(i)
	}
	fmt.Println(" nil pointer from a call:", calls)
	for i, _ := range nilArr() {
		fmt.Print(i)
	}
	fmt.Println(" blank value:", calls)

	ch := make(chan [2]int, 1)
	ch <- [2]int{5, 6}
	for i := range <-ch {
		fmt.Print(i)
	}
	fmt.Println(" receive:", len(ch))

	var p *[5]int
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println()
	for i, _ := range p {
		fmt.Print(i)
	}
	fmt.Println()
	var z *[0]int
	for i, v := range z {
		fmt.Print(i, v)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	for i, v := range p {
		fmt.Print(i, v)
	}
	if calls != 4 {
		panic("fail")
	}
}
