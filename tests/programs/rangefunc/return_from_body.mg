// return inside a range-over-func body returns from the enclosing function: with values (converted to the result types), named results, bare returns, from nested loops; the iterator's defers run first
package main

import (
	"errors"
	"fmt"
)

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(n, want int) (int, bool) {
	for x := range count(n) {
		if x == want {
			return x * 100, true
		}
	}
	return -1, false
}

func named(n int) (sum int, err error) {
	defer func() { fmt.Println("  named sees", sum, err) }()
	for x := range count(n) {
		sum += x
		if sum > 5 {
			err = errors.New("too big")
			return
		}
	}
	return sum, nil
}

func overwrite() (r int) {
	for x := range count(3) {
		r = 7
		if x == 1 {
			return 42
		}
	}
	return
}

func nested() string {
	for i := range count(3) {
		for j := range count(3) {
			if i+j == 3 {
				return fmt.Sprint("found ", i, j)
			}
		}
	}
	return "none"
}

func asInterface() any {
	for x := range count(2) {
		return x
	}
	return nil
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func multi() (int, int) {
	for x := range count(5) {
		if x == 3 {
			return divmod(17, x)
		}
	}
	return 0, 0
}

func main() {
	fmt.Println(find(5, 3))
	fmt.Println(find(2, 3))
	fmt.Println(named(3))
	fmt.Println(named(10))
	fmt.Println(overwrite())
	fmt.Println(nested())
	v := asInterface()
	fmt.Printf("%v %T\n", v, v)
	fmt.Println(multi())
}
