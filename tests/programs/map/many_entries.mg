// a map with 100000 inserts, updates and deletes keeps correct counts and sums
package main

import "fmt"

func main() {
	m := make(map[int]int)
	x := uint32(12345)
	for i := 0; i < 100000; i++ {
		x = x*1664525 + 1013904223
		k := int(x % 5000)
		m[k] += i % 7
		if i%3 == 0 {
			delete(m, int((x>>8)%5000))
		}
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(len(m), sum)
	s := map[string]int{}
	for i := 0; i < 20000; i++ {
		s[fmt.Sprint("key", i%1000)]++
	}
	fmt.Println(len(s), s["key0"], s["key999"])
}
