// methods of embedded types are promoted and can be overridden by the outer type
package main

import "fmt"

type Animal struct{ name string }

func (a Animal) Name() string  { return a.name }
func (a Animal) Sound() string { return "..." }
func (a Animal) Speak() string { return a.Name() + " says " + a.Sound() }

type Dog struct{ Animal }

func (d Dog) Sound() string { return "woof" }

func main() {
	d := Dog{Animal{"rex"}}
	fmt.Println(d.Name(), d.Sound())
	fmt.Println(d.Speak())
	fmt.Println(d.Animal.Sound())
	f := d.Speak
	g := Dog.Sound
	fmt.Println(f(), g(d))
}
