// reading, ranging, deleting and clearing a nil map are allowed
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["x"]
	fmt.Println(v, ok)
	delete(m, "x")
	clear(m)
	for k := range m {
		fmt.Println("never", k)
	}
	fmt.Println(m)
	fmt.Printf("%#v\n", m)
}
