// checks: expressions: Go's precedence, unary operators, selectors, index, slices, assertions, calls, conversions, literals
package main

func main() {
	_ = a || b && c == d + e * f
	_ = a*b + c<<2 - d&^e | f ^ g
	_ = x == y || x != y && x < y && x <= y || x > y || x >= y
	_ = -a + +b - ^c * !d
	_ = <-ch
	_ = <-<-chch
	_ = &T{1, 2}
	_ = *p + **pp
	_ = a.b.c(d).e[f][g:h][i:j:k][:][1:][:2]
	_ = x.(int)
	_ = x.(*T).y
	_ = x.([]map[string]int)
	_ = f(1, "two", 'c', 4.5, 0x10, `raw`)
	_ = g(xs...)
	_ = []byte("s")
	_ = ([]func())(nil)
	_ = (*T)(p)
	_ = (<-chan int)(ch)
	_ = (func())(f)
	_ = map[string]int(nil)
	_ = chan int(nil)
	_ = interface{}(1)
	_ = T.Method
	_ = (*T).Method
	_ = func(a int) int { return a * 2 }(3)
	_ = Point{X: 1, Y: 2}
	_ = []Point{{1, 2}, {X: 3}}
	_ = [...]string{2: "c", 0: "a"}
	_ = map[string][]int{"a": {1}, "b": nil}
	_ = map[[2]int]string{{1, 2}: "x"}
	_ = []*Point{{1, 2}}
	_ = struct{ a int }{a: 1}
	_ = [][]int{{}, {1}}
	_ = pkg.Type{}
	_ = new(int)
	_ = make([]int, 0, 10)
	_ = make(map[string]chan<- int)
	_ = len("abc")
	_ = (a + b) * c
}
