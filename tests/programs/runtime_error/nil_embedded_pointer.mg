// calling promoted methods through a nil embedded pointer panics with a nil dereference
package main

import "fmt"

type Engine struct{ rpm int }

func (e *Engine) Describe() string {
	if e == nil {
		return "no engine"
	}
	return fmt.Sprint("rpm ", e.rpm)
}
func (e Engine) RPM() int { return e.rpm }

type Car struct {
	*Engine
	Name string
}

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T | %v\n", r, r)
	}()
	f()
}

func main() {
	c := Car{Name: "bare"}
	fmt.Println(c.Describe())
	try(func() { fmt.Println(c.RPM()) })
	try(func() { fmt.Println(c.rpm) })
	try(func() { c.rpm = 5 })
}
