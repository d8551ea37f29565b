// negative zero prints as -0, compares equal to 0 and flips infinities
package main

import "fmt"

func main() {
	zero := 0.0
	nz := -zero
	fmt.Println(nz, zero, nz == zero)
	fmt.Println(1/nz, 1/zero)
	fmt.Printf("%v %f %g %e\n", nz, nz, nz, nz)
	fmt.Println(-0.0)
	fmt.Println(nz*1, nz+0, 0-zero)
	println(nz)
}
