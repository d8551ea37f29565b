// comparisons after converting between floats and integers near precision limits
package main

import "fmt"

func main() {
	big := int64(1<<53 + 1)
	f := float64(big)
	fmt.Println(f == float64(1<<53), int64(f) == big)
	x := 0.1 + 0.7
	fmt.Println(x, x*10, int(x*10))
	y := 2.5
	fmt.Println(int(y), int(-y), int(y+0.5))
	var acc float64
	for i := 0; i < 100; i++ {
		acc += 0.01
	}
	fmt.Println(acc, acc == 1, acc > 0.99 && acc < 1.01)
}
