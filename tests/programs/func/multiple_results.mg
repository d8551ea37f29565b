// functions returning several results, passed straight to another call
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }
func pair() (string, error)      { return "v", nil }
func three() (int, string, bool) { return 1, "two", true }
func show(q, r int) string       { return fmt.Sprint(q, "r", r) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(show(divmod(9, 4)))
	_, r2 := divmod(10, 3)
	fmt.Println(r2)
	fmt.Println(three())
	v, err := pair()
	fmt.Println(v, err)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
}
