// Counted loops whose increment and test the VM fuses (i++ then i < bound):
// bounds in registers, small immediates and constant-pool constants; bodies
// that change the counter or the bound, continue/break/labels, a loop whose
// counter reaches MaxInt64, narrow counters (not fused: they wrap), closures
// capturing the per-iteration variable, range over an int and a slice.
package main

import (
	"fmt"
	"math"
)

func sumTo(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func main() {
	fmt.Println(sumTo(0), sumTo(1), sumTo(10), sumTo(-5))

	// Immediate and constant-pool bounds.
	c := 0
	for i := 0; i < 300; i++ {
		c++
	}
	for i := 0; i < 1000000; i++ {
		c++
	}
	fmt.Println("imm+const", c)

	// The body moves the counter and the bound.
	n := 10
	var seen []int
	for i := 0; i < n; i++ {
		if i == 3 {
			i += 2
		}
		if i == 7 {
			n = 9
		}
		seen = append(seen, i)
	}
	fmt.Println("moved", seen, n)

	// continue runs the increment and the test; break leaves.
	var odd []int
	for i := 0; i < 12; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 9 {
			break
		}
		odd = append(odd, i)
	}
	fmt.Println("odd", odd)

	// Labeled continue of the outer loop from the inner one.
	pairs := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue outer
			}
			pairs++
		}
	}
	fmt.Println("pairs", pairs)

	// The counter's last increment reaches MaxInt64 and the loop stops.
	steps := 0
	var last int64
	for i := int64(math.MaxInt64 - 4); i < math.MaxInt64; i++ {
		steps++
		last = i
	}
	fmt.Println("max", steps, last)

	// Negative and unreachable ranges.
	neg := 0
	for i := -3; i < 2; i++ {
		neg += i
	}
	for i := 5; i < 2; i++ {
		neg += 100
	}
	fmt.Println("neg", neg)

	// A narrow counter wraps: int8 from 120 counts to 127 then wraps to -128.
	var k int8
	wraps := 0
	for k = 120; k < 127 && wraps < 20; k++ {
		wraps++
	}
	fmt.Println("int8", k, wraps)
	var u uint8
	cnt := 0
	for u = 250; u < 255; u++ {
		cnt++
	}
	fmt.Println("uint8", u, cnt)

	// Each iteration's variable is its own (Go 1.22 loop semantics).
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// range over an int and over a slice.
	r := 0
	for i := range 7 {
		r += i
	}
	xs := []int{4, 5, 6}
	for i, x := range xs {
		r += i * x
	}
	fmt.Println("range", r)

	// The bound is read after the increment, even when it is the counter.
	self := 0
	for i := 0; i < i+1 && i < 6; i++ {
		self++
	}
	fmt.Println("self", self)
}
