// ranging over a map while collecting and sorting keys gives a deterministic order
package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"bob": 31, "alice": 29, "carol": 35, "dave": 29}
	names := make([]string, 0, len(ages))
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ages[n])
	}
	total := 0
	for _, a := range ages {
		total += a
	}
	fmt.Println(total)
}
