// forwarding variadic any arguments, including nil and an explicit []any
package main

import "fmt"

func logf(prefix string, args ...any) {
	fmt.Println(append([]any{prefix}, args...)...)
}

func count(args ...any) int { return len(args) }

func main() {
	logf("a:", 1, "two", nil)
	logf("b:")
	var none []any
	fmt.Println(count(), count(nil), count(none...), count([]any{1, 2}...), count([]any{1, 2}))
	pair := func() (int, string) { return 7, "seven" }
	fmt.Println(pair())
	fmt.Println(count(pair()))
}
