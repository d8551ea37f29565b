// package variables initialized through closures, method calls and type switches over types, constants and methods declared later
package main

import "fmt"

var order []string

var first = func() int { order = append(order, "first"); return helper.Value() + second }()

var helper = newHelper()

var second = track("second", 2)

const Answer Level = 42

var levels = map[Level]string{Answer: "answer", Low: "low"}

var classify = func(x any) string {
	switch v := x.(type) {
	case Shaper:
		return "shaper " + v.Shape()
	case fmt.Stringer:
		return "stringer " + v.String()
	}
	return "other"
}

type Shaper interface{ Shape() string }

const Low = Answer - 40

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type Helper struct{ base int }

func (h *Helper) Value() int { order = append(order, "Value"); return h.base }

func newHelper() *Helper { order = append(order, "newHelper"); return &Helper{base: third} }

var third = track("third", 3)

func track(name string, v int) int { order = append(order, name); return v }

type Box struct {
	Shaper
	label string
}

type square struct{}

func (square) Shape() string { return "square" }

var _ Shaper = Box{}

func main() {
	fmt.Println(order)
	fmt.Println(first, second, third, Answer, Low, levels)
	fmt.Println(classify(Box{square{}, "b"}), classify(Answer), classify(3))
	fmt.Printf("%v %d %s %+v\n", Answer, Answer, Low, Box{square{}, "x"})
}
