// labeled continue in nested range loops finds prime numbers
package main

import "fmt"

func main() {
	var primes []int
next:
	for n := 2; n < 40; n++ {
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)
	count := 0
search:
	for i := range 10 {
		switch {
		case i == 7:
			break search
		case i%2 == 0:
			continue
		}
		count++
	}
	fmt.Println(count)
}
