// constraints with ~ and unions: Number sums over named and basic types, inline constraints, min/max
package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface {
	~float32 | ~float64
}

type Number interface {
	Integer | Float
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func Largest[T ~int | ~float64 | ~string](xs ...T) T {
	var best T
	for i, x := range xs {
		if i == 0 || x > best {
			best = x
		}
	}
	return best
}

type Celsius float64
type Score int8

func Scale[T Number](x T, k T) T { return x * k }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	temps := []Celsius{20.5, 22, 19.5}
	total := Sum(temps)
	fmt.Printf("%v %T\n", total, total)
	scores := []Score{100, 27}
	fmt.Println(Sum(scores)) // wraps around as int8
	fmt.Println(Average([]int32{1, 2}), Average[float32](nil))
	fmt.Println(Largest(3, 9, 2), Largest(1.5, -2), Largest("pear", "apple"))
	fmt.Println(Largest[Celsius](1, 3))
	fmt.Println(Scale(3, 4), Scale(1.5, 2), Scale[int8](100, 2))
	fmt.Println(Sum[int64]([]int64{1 << 40, 1 << 40}))
}
