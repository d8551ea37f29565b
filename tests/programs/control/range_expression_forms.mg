// every kind of range expression given by a call is evaluated once before the loop; arrays are copied, slices and array pointers are not
package main

import "fmt"

var trace []string

func note(s string) { trace = append(trace, s) }

func sl() []int          { note("sl"); return []int{1, 2, 3} }
func mp() map[string]int { note("mp"); return map[string]int{"a": 1} }
func st() string         { note("st"); return "héllo" }
func n() int             { note("n"); return 3 }
func arrp() *[2]string   { note("arrp"); return &[2]string{"x", "y"} }
func arr() [2]bool       { note("arr"); return [2]bool{true, false} }

func ch() chan int {
	note("ch")
	c := make(chan int, 2)
	c <- 7
	c <- 8
	close(c)
	return c
}

func main() {
	for i := range sl() {
		fmt.Print(i)
	}
	for k := range mp() {
		fmt.Print(k)
	}
	for i := range st() {
		fmt.Print(i)
	}
	for v := range ch() {
		fmt.Print(v)
	}
	for i := range n() {
		fmt.Print(i)
	}
	for i, v := range arrp() {
		fmt.Print(i, v)
	}
	for range arr() {
	}
	fmt.Println()
	fmt.Println(trace)

	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println(a)
	s := []int{1, 2, 3}
	for i, v := range s {
		s[2] = 100
		if i == 0 {
			s = append(s, 4)
		}
		fmt.Print(i, v, " ")
	}
	fmt.Println(s)
	p := &[3]int{1, 2, 3}
	for i, v := range p {
		p[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	x, y := []int{1, 2, 3}, 3
	for i := range x {
		x = nil
		fmt.Print(i)
	}
	for i := range y {
		y = 10
		fmt.Print(i)
	}
	fmt.Println(len(x), y)
}
