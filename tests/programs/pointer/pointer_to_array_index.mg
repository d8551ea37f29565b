// pointer to array: indexing, len and range through the pointer
package main

import "fmt"

func fill(p *[4]int) {
	for i := range p {
		p[i] = i * i
	}
}

func main() {
	var a [4]int
	fill(&a)
	fmt.Println(a)
	p := &a
	p[2] = -1
	fmt.Println(a[2], len(p), p[1:3])
	for i, v := range p {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
}
