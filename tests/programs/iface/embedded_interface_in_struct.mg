// a struct embedding an interface promotes its methods; a nil embedded interface panics when called
package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{}

func (Dog) Speak() string { return "woof" }

type Loud struct {
	Speaker
	times int
}

func (l Loud) Shout() string {
	s := ""
	for i := 0; i < l.times; i++ {
		s += l.Speak() + "!"
	}
	return s
}

func main() {
	l := Loud{Dog{}, 2}
	fmt.Println(l.Speak(), l.Shout())
	var sp Speaker = l
	fmt.Println(sp.Speak())
	defer func() { fmt.Println("recovered:", recover()) }()
	empty := Loud{times: 1}
	fmt.Println(empty.Speaker == nil)
	fmt.Println(empty.Shout())
}
