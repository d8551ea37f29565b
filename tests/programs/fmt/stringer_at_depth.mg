// Stringer and error methods are used for nested values in slices, maps and structs
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Pixel struct {
	C   Color
	Err error
}

func main() {
	cs := []Color{0, 2}
	fmt.Println(cs)
	fmt.Printf("%v %d %s\n", cs, cs, cs)
	p := Pixel{1, errors.New("bad pixel")}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	m := map[Color][]Color{2: {0}, 0: {1, 2}}
	fmt.Println(m)
	fmt.Println([]error{errors.New("e1"), nil})
	fmt.Printf("%q\n", cs)
	fmt.Printf("%x\n", Color(1))
}
