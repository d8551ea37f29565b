// Package cmp compares values of ordered types.
package cmp

// Ordered holds the types whose values the < operator orders: integers,
// floats and strings, and the types defined on them.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Compare is -1, 0 or +1 as x is below, equal to or above y. A NaN counts
// as below every other float and equal to another NaN; -0.0 equals 0.0.
func Compare[T Ordered](x, y T) int {
	switch xn, yn := x != x, y != y; {
	case xn && yn:
		return 0
	case xn:
		return -1
	case yn:
		return 1
	case x < y:
		return -1
	case y < x:
		return 1
	}
	return 0
}

// Less tells whether x goes before y in Compare's order.
func Less[T Ordered](x, y T) bool {
	if x < y {
		return true
	}
	// Only a NaN before a number is still "less".
	return x != x && y == y
}

// Or is the first of vals that is not its type's zero value, or the zero value.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
