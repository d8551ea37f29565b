// maps: insertion, update, lookup and deletion with int and string keys —
// measures hashing and the map implementation.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	total := 0

	// int keys
	m := make(map[int]int)
	for i := 0; i < 600000; i++ {
		m[i*7%300007] += i
	}
	for i := 0; i < 1200000; i++ {
		if v, ok := m[i]; ok {
			total += v & 0xFF
		}
	}
	for i := 0; i < 300000; i += 2 {
		delete(m, i)
	}
	total += len(m)

	// string keys
	keys := make([]string, 5000)
	for i := range keys {
		keys[i] = "key" + strconv.Itoa(i*31)
	}
	counts := make(map[string]int)
	for r := 0; r < 150; r++ {
		for i, k := range keys {
			if (i+r)%3 != 0 {
				counts[k]++
			}
		}
	}
	for _, k := range keys {
		total += counts[k]
	}
	for k, v := range counts {
		total += len(k) * v
	}
	total += len(counts)
	fmt.Println(total)
}
