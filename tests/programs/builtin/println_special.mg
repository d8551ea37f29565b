// builtin println of bools, runes, negative zero and large unsigned values
package main

func main() {
	var p *int
	println(p == nil, p != nil)
	println('x', byte(255), int8(-128))
	zero := 0.0
	println(-zero, 1e-320, 123.456)
	var u uint64 = 1<<64 - 1
	println(u, int64(-1<<63))
	println("multi", "word", "", "end")
}
