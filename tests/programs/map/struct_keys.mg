// struct and array values as map keys compare by value
package main

import "fmt"

type Point struct{ X, Y int }
type Named struct {
	Name string
	Tags [2]string
}

func main() {
	m := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	m[Point{1, 2}] = "A"
	fmt.Println(m, len(m))
	fmt.Println(m[Point{3, 4}], m[Point{5, 6}] == "")
	n := map[Named]int{}
	n[Named{"x", [2]string{"t", "u"}}]++
	n[Named{"x", [2]string{"t", "u"}}]++
	n[Named{"x", [2]string{"t"}}]++
	fmt.Println(n)
}
