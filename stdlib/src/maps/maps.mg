// Package maps works on maps of any type.
package maps

import "iter"

// Equal tells whether m1 and m2 hold the same keys with == values.
func Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, a := range m1 {
		b, ok := m2[k]
		if !ok || a != b {
			return false
		}
	}
	return true
}

// EqualFunc is Equal with eq deciding whether two values match.
func EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool {
	if len(m1) != len(m2) {
		return false
	}
	for k, a := range m1 {
		b, ok := m2[k]
		if !ok || !eq(a, b) {
			return false
		}
	}
	return true
}

// Clone is a new map with m's entries (nil for a nil m); values are copied shallowly.
func Clone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	out := make(M, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// Copy stores every entry of src in dst, replacing values of keys dst has.
func Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2) {
	for k, v := range src {
		dst[k] = v
	}
}

// DeleteFunc removes the entries for which del is true.
func DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool) {
	for k, v := range m {
		if del(k, v) {
			delete(m, k)
		}
	}
}

// All yields every key of m with its value, in the map's (unspecified) order.
func All[Map ~map[K]V, K comparable, V any](m Map) iter.Seq2[K, V] {
	return func(visit func(K, V) bool) {
		for key, val := range m {
			if !visit(key, val) {
				break
			}
		}
	}
}

// Keys yields every key of m, in the map's (unspecified) order.
func Keys[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[K] {
	return func(visit func(K) bool) {
		for key := range m {
			if !visit(key) {
				break
			}
		}
	}
}

// Values yields every value of m, in the map's (unspecified) order.
func Values[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[V] {
	return func(visit func(V) bool) {
		for _, val := range m {
			if !visit(val) {
				break
			}
		}
	}
}

// Insert stores every pair seq yields into m (later pairs win).
func Insert[Map ~map[K]V, K comparable, V any](m Map, seq iter.Seq2[K, V]) {
	for key, val := range seq {
		m[key] = val
	}
}

// Collect gathers the pairs of seq into a new map.
func Collect[K comparable, V any](seq iter.Seq2[K, V]) map[K]V {
	out := make(map[K]V)
	Insert(out, seq)
	return out
}
