// immediately invoked function literals and closures in expressions
package main

import "fmt"

func main() {
	v := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(v)
	msg := func() string {
		if v > 40 {
			return "big"
		}
		return "small"
	}()
	fmt.Println(msg)
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
	fmt.Println(ops["add"](3, 4), ops["sub"](3, 4))
	var nilF func()
	fmt.Println(nilF == nil, ops["mul"] == nil)
}
