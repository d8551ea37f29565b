// declarations in a shuffled order: constants, types, methods, interface assertions and variables each used before or after they appear
package main

import "fmt"

var side, radius = sizes()

func (c Circle) Area() int { return 3 * c.R * c.R }

type Scale int

type Shape interface {
	Namer
	Area() int
}

var _ Shape = Circle{}

var names = [...]string{"a", "b"}

func (s *Square) Area() int { return s.Side * s.Side }

func sizes() (int, int) { return int(Unit * 2), int(Unit.Double() + 1) }

var areaOf = Shape.Area

func main() {
	fmt.Println(describe(), areaOf(sq), areaOf(registry["circle"]), len(registry), Unit.Double())
	for _, k := range []string{"sq", "circle"} {
		fmt.Println(k, registry[k].Name(), registry[k].Area())
	}
}

var registry = map[string]Shape{"sq": sq, "circle": Circle{R: radius}}

func (s *Square) Name() string { return "square" }

var sq = &Square{Side: side}

type Namer interface{ Name() string }

type Square struct{ Side int }

func (c Circle) Name() string { return "circle" }

type Circle struct{ R int }

const Unit = Scale(len(names))

var _ Namer = (*Square)(nil)

var describe = sq.Name

func (s Scale) Double() Scale { return s * 2 }
