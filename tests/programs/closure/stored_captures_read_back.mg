// captured variables written and read back at once: n++ then return n,
// x += d then a use of x, a jump onto the read-back, aggregates and strings
// stored then read, a captured variable changed by a call between store and load
package main

import "fmt"

type pair struct{ a, b int }

func counter() (func() int, func(int) int) {
	n := 0
	next := func() int {
		n++
		return n
	}
	add := func(d int) int {
		n += d
		m := n
		return m * 2
	}
	return next, add
}

func main() {
	next, add := counter()
	fmt.Println(next(), next(), add(5), next())

	// A loop whose condition re-reads the captured variable the body stored.
	i := 0
	bump := func() { i = i + 3 }
	for i = 0; i < 10; i++ {
		bump()
	}
	fmt.Println(i)

	// A captured struct stored then mutated through the variable.
	p := pair{1, 2}
	setP := func(q pair) pair {
		p = q
		p.a += 10
		return p
	}
	q := pair{3, 4}
	r := setP(q)
	q.b = 99
	fmt.Println(p, q, r)

	// A captured string and float.
	s := "x"
	f := 1.5
	grow := func() (string, float64) {
		s += "y"
		f *= 2
		return s, f
	}
	fmt.Println(grow())
	fmt.Println(grow())

	// Stored, then a call changes it before it is read again.
	k := 0
	other := func() { k = 100 }
	use := func() int {
		k = k + 1
		other()
		return k
	}
	fmt.Println(use(), k)

	// Captured int overflowing, and a captured variable shared by goroutine-free closures.
	var u8 uint8 = 250
	incU := func() uint8 {
		u8 += 10
		return u8
	}
	fmt.Println(incU(), u8)
	total := 0
	adders := []func(int) int{}
	for j := 0; j < 3; j++ {
		adders = append(adders, func(d int) int {
			total += d * j
			return total
		})
	}
	for _, a := range adders {
		fmt.Println(a(2))
	}
	// A panic right after the read-back keeps its line.
	defer func() { fmt.Println("recovered:", recover()) }()
	z := 0
	div := func() int {
		z = z + 0
		return 10 / z
	}
	fmt.Println(div())
}
