// the comma-ok form tells a stored zero value from a missing key
package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0, "one": 1}
	for _, k := range []string{"zero", "one", "two"} {
		v, ok := m[k]
		fmt.Println(k, v, ok)
	}
	if _, ok := m["two"]; !ok {
		m["two"] = 2
	}
	fmt.Println(m, len(m))
	ms := map[int][]string{}
	ms[1] = append(ms[1], "a")
	ms[1] = append(ms[1], "b")
	fmt.Println(ms, ms[2] == nil)
}
