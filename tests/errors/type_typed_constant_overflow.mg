// checks: typed constant arithmetic must stay representable
package main

const c int8 = 100

func main() {
	const d = c * 2
	println(d)
}
