// declarations in reverse order: constants, types, methods, interface assertions and variables each used before they appear
package main

import "fmt"

func main() {
	fmt.Println(describe(), areaOf(sq), areaOf(registry["circle"]), len(registry), Unit.Double())
	for _, k := range []string{"sq", "circle"} {
		fmt.Println(k, registry[k].Name(), registry[k].Area())
	}
}

var areaOf = Shape.Area

var describe = sq.Name

var _ Namer = (*Square)(nil)

var _ Shape = Circle{}

func (c Circle) Name() string { return "circle" }

func (c Circle) Area() int { return 3 * c.R * c.R }

func (s *Square) Name() string { return "square" }

func (s *Square) Area() int { return s.Side * s.Side }

type Circle struct{ R int }

type Square struct{ Side int }

type Namer interface{ Name() string }

type Shape interface {
	Namer
	Area() int
}

func (s Scale) Double() Scale { return s * 2 }

type Scale int

var names = [...]string{"a", "b"}

const Unit = Scale(len(names))

func sizes() (int, int) { return int(Unit * 2), int(Unit.Double() + 1) }

var side, radius = sizes()

var sq = &Square{Side: side}

var registry = map[string]Shape{"sq": sq, "circle": Circle{R: radius}}
