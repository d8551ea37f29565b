// checks: loops built from goto: a counted loop, a do-while, a nested pair with a forward exit, and gcd by backward jumps
package main

import "fmt"

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func main() {
	i := 0
top:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto top
	}
	fmt.Println()

	n := 10
again:
	n -= 3
	fmt.Println("n =", n)
	if n > 0 {
		goto again
	}

	r, c := 0, 0
rows:
	c = 0
cols:
	if r*c == 6 {
		goto done
	}
	fmt.Print(r, "*", c, " ")
	c++
	if c < 4 {
		goto cols
	}
	r++
	fmt.Println()
	goto rows
done:
	fmt.Println("\nstopped at", r, c)

	fmt.Println(gcd(84, 36), gcd(17, 5), gcd(0, 9))
}
