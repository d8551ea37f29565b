// captured variables live in cells shared by closures; loop variables get a fresh cell per iteration
package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := counter()
	c()
	var fs []func() int
	for i := 0; i < 2; i++ {
		fs = append(fs, func() int { return i })
	}
	println(c(), fs[0](), fs[1]())
}
