// a sieve of Eratosthenes up to 200000 exercises long loops over a large slice
package main

import "fmt"

func main() {
	const n = 200000
	composite := make([]bool, n+1)
	count, last := 0, 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		last = i
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	fmt.Println(count, last)
}
