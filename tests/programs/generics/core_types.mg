// operations allowed by a constraint's core type: range, index, len, make, append on S ~[]E and maps, inference of E from S
package main

import "fmt"

type IDs []int

func Reverse[S ~[]E, E any](s S) S {
	out := make(S, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Fill[S ~[]E, E any](n int, v E) S {
	s := make(S, 0, n)
	for i := 0; i < n; i++ {
		s = append(s, v)
	}
	return s
}

func Bytes[T ~string | ~[]byte](x T) int {
	n := 0
	for i := 0; i < len(x); i++ {
		if x[i] == 'a' {
			n++
		}
	}
	return n
}

type Counts map[string]int

func main() {
	ids := IDs{1, 2, 3}
	r := Reverse(ids)
	fmt.Printf("%v %T\n", r, r)
	fmt.Println(Reverse([]string{"x", "y"}), Index(ids, 3), Index([]string{"a"}, "b"))
	fmt.Println(Keys(Counts{"a": 1, "b": 2}), Keys(map[int]bool{}))
	f := Fill[IDs](3, 7)
	fmt.Printf("%v %T\n", f, f)
	fmt.Println(Bytes("banana"), Bytes([]byte("aa")))
}
