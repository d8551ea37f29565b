// three-clause for, range over a slice, a string and a map, labeled continue
package main

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		total += i
	}
	xs := []int{1, 2, 3}
outer:
	for _, x := range xs {
		for range x {
			if x == 2 {
				continue outer
			}
			total++
		}
	}
	for i, r := range "hé" {
		total += i + int(r)
	}
	m := map[string]int{"a": 1}
	for k, v := range m {
		total += len(k) + v
	}
	println(total)
}
