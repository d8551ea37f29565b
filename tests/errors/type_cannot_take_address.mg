// checks: taking the address of a non-addressable value
package main

func f() int { return 1 }

func main() {
	p := &f()
	println(p)
}
