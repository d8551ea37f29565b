// checks: a pointer method needs an addressable receiver
package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func main() {
	T{}.Inc()
}
