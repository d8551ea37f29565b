// A map that keeps a few live entries while a million keys come and go (a
// sliding window): inserts, deletes, lookups and len stay right, and the
// remaining entries range correctly, also while being deleted, after a range
// loop left by break, and in a range loop that runs through the churn.
package main

import "fmt"

func main() {
	window := map[int]string{}
	hits := 0
	for i := 0; i < 1000000; i++ {
		window[i] = "v"
		if i >= 3 {
			delete(window, i-3)
		}
		if _, ok := window[i-2]; ok {
			hits++
		}
		if _, ok := window[i-3]; ok {
			hits += 1000
		}
	}
	sum := 0
	for k, v := range window {
		sum += k + len(v)
	}
	fmt.Println(len(window), hits, sum)

	names := map[string]int{}
	for i := 0; i < 200000; i++ {
		key := fmt.Sprint("k", i%7)
		names[key]++
		if i%5 == 0 {
			delete(names, key)
		}
	}
	total := 0
	for k, v := range names {
		delete(names, k)
		total += v
	}
	fmt.Println(len(names), total)

	ids := map[int]int{}
	for i := 0; i < 20; i++ {
		ids[i] = i * i
	}
	for k := range ids {
		if k >= 0 {
			break
		}
	}
	seen, squares := 0, 0
	for k, v := range ids {
		seen++
		squares += v
		if k == 0 {
			for j := 1000; j < 300000; j++ {
				ids[j] = j
				delete(ids, j)
			}
		}
		delete(ids, k)
	}
	for j := 1000; j < 300000; j++ {
		ids[j] = j
		delete(ids, j)
	}
	ids[-1] = 1
	fmt.Println(seen, squares, len(ids), ids[-1])
}
