// iota with skipped values, expressions and typed string formatting
package main

import "fmt"

type Color int

const (
	Red Color = iota + 1
	_
	Blue
	Green = Blue * 10
	Black
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	fmt.Println(Red, Blue, Green, Black)
	fmt.Printf("%d %v %s\n", Blue, Blue, Green)
}
