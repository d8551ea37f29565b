// tutorial: generators as iterator functions — an endless Fibonacci sequence cut off by break, primes by a sieve of filters, and composable filter/map/take adapters
package main

import "fmt"

type Ints func(yield func(int) bool)

func Fibonacci() Ints {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for yield(a) {
			a, b = b, a+b
		}
	}
}

func Naturals(from int) Ints {
	return func(yield func(int) bool) {
		for i := from; yield(i); i++ {
		}
	}
}

func (s Ints) Filter(keep func(int) bool) Ints {
	return func(yield func(int) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func (s Ints) Map(f func(int) int) Ints {
	return func(yield func(int) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func (s Ints) Take(n int) Ints {
	return func(yield func(int) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func (s Ints) Collect() []int {
	var out []int
	for v := range s {
		out = append(out, v)
	}
	return out
}

func Primes() Ints {
	return func(yield func(int) bool) {
		var found []int
		for n := range Naturals(2) {
			prime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					prime = false
					break
				}
			}
			if prime {
				found = append(found, n)
				if !yield(n) {
					return
				}
			}
		}
	}
}

func main() {
	for f := range Fibonacci() {
		if f > 100 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	fmt.Println(Fibonacci().Take(15).Collect())
	even := func(n int) bool { return n%2 == 0 }
	square := func(n int) int { return n * n }
	fmt.Println(Naturals(1).Filter(even).Map(square).Take(5).Collect())
	fmt.Println(Primes().Take(12).Collect())
	fmt.Println(Primes().Filter(func(p int) bool { return p%10 == 3 }).Take(5).Collect())
	fmt.Println(len(Naturals(0).Take(0).Collect()))
}
