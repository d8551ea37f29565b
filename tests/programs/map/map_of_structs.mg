// map values are not addressable: update a struct value by reading, changing, storing
package main

import "fmt"

type Acc struct {
	Balance int
	Hist    []int
}

func main() {
	m := map[string]Acc{}
	a := m["x"]
	a.Balance += 10
	a.Hist = append(a.Hist, 10)
	m["x"] = a
	p := map[string]*Acc{"y": {}}
	p["y"].Balance += 5
	p["y"].Hist = append(p["y"].Hist, 5)
	fmt.Println(m["x"], *p["y"])
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], counts['z'], len(counts))
}
