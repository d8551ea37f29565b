// tutorial: an insertion-ordered map with All, Keys and Backward iterators (two-value yield), deleting during iteration and stopping early
package main

import "fmt"

type OrderedMap struct {
	keys  []string
	index map[string]int
}

func NewOrderedMap() *OrderedMap {
	return &OrderedMap{index: map[string]int{}}
}

func (m *OrderedMap) Set(k string, v int) {
	if _, ok := m.index[k]; !ok {
		m.keys = append(m.keys, k)
	}
	m.index[k] = v
}

func (m *OrderedMap) Delete(k string) {
	if _, ok := m.index[k]; !ok {
		return
	}
	delete(m.index, k)
	for i, key := range m.keys {
		if key == k {
			m.keys = append(m.keys[:i], m.keys[i+1:]...)
			break
		}
	}
}

func (m *OrderedMap) All() func(yield func(string, int) bool) {
	return func(yield func(string, int) bool) {
		for _, k := range append([]string(nil), m.keys...) {
			v, ok := m.index[k]
			if ok && !yield(k, v) {
				return
			}
		}
	}
}

func (m *OrderedMap) Keys() func(yield func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (m *OrderedMap) Backward(yield func(string, int) bool) {
	for i := len(m.keys) - 1; i >= 0; i-- {
		k := m.keys[i]
		if !yield(k, m.index[k]) {
			return
		}
	}
}

func main() {
	m := NewOrderedMap()
	for i, w := range []string{"pear", "apple", "fig", "kiwi", "apple", "date"} {
		m.Set(w, i)
	}
	for k, v := range m.All() {
		fmt.Println(k, v)
	}
	for k := range m.Keys() {
		if len(k) == 3 {
			m.Delete(k)
		}
	}
	fmt.Println("after deleting 3-letter keys:")
	for k, v := range m.Backward {
		fmt.Println(" ", k, v)
	}
	var firstTwo []string
	for k := range m.Keys() {
		firstTwo = append(firstTwo, k)
		if len(firstTwo) == 2 {
			break
		}
	}
	fmt.Println(firstTwo)
}
