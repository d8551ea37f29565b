// a method value binds its receiver when evaluated (copy for value receivers)
package main

import "fmt"

type T struct{ name string }

func (t T) Hello() string   { return "hello " + t.name }
func (t *T) PHello() string { return "phello " + t.name }

func main() {
	t := T{"a"}
	v := t.Hello
	p := t.PHello
	t.name = "b"
	fmt.Println(v(), p())
	fs := []func() string{t.Hello, (&t).PHello}
	t.name = "c"
	for _, f := range fs {
		fmt.Println(f())
	}
}
