// checks: ranging over a valid iterator function gets minigo's unsupported diagnostic (Go accepts it)
package main

func count(yield func(int) bool) {
	for i := 0; i < 3 && yield(i); i++ {
	}
}

func main() {
	for x := range count {
		println(x)
	}
}
