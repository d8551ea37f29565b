// println and print show nil interfaces as (0x0,0x0) and nil slices as [0/0]0x0
package main

func main() {
	var x any
	var e error
	var s []int
	var u uint8 = 200
	var f32 float32 = 1.5
	println(x, e, s, u, f32, 7, "str", true, 2.5)
	defer println(x, s)
	print(e, "\n")
	var p *int
	var m map[string]int
	println(p, m, len(s))
}
