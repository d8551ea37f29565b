// untyped float constants are exact, so runtime and constant results differ
package main

import "fmt"

const c1 = 0.1
const c3 = c1 * 3

func main() {
	x := 0.1
	fmt.Println(c3, x*3)
	fmt.Println(c3 == 0.3, x*3 == 0.3)
	const big = 1e20
	fmt.Println(int64(big/1e10), big)
	const frac = 10.0 / 4
	fmt.Println(frac, int(frac*2))
	fmt.Println(1<<62, uint64(1<<63))
}
