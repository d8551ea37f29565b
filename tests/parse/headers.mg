// checks: composite literals in if/for/switch headers: named types need parentheses, other literal types do not
package main

func main() {
	if p == (Point{1, 2}) {
	}
	if v := (Point{}); v.X == 0 {
	}
	for _, v := range []int{1, 2} {
		_ = v
	}
	for i := range [3]int{} {
		_ = i
	}
	for _, tt := range []struct{ in, out string }{{"a", "b"}} {
		_ = tt
	}
	switch (Point{}) {
	}
	switch x := map[string]int{"a": 1}; len(x) {
	}
	if func() bool { return true }() {
	}
	for i := 0; i < len([]int{1}); i++ {
	}
	if x := f(Point{1, 2}); x {
	}
}
