// delete removes a key, ignores missing keys and works on nil maps
package main

import "fmt"

func main() {
	m := map[int]string{1: "a", 2: "b", 3: "c"}
	delete(m, 2)
	delete(m, 42)
	fmt.Println(m, len(m))
	var nm map[string]int
	delete(nm, "x")
	fmt.Println(nm == nil)
	type K struct{ a, b int }
	km := map[K]bool{{1, 2}: true, {3, 4}: true}
	delete(km, K{1, 2})
	fmt.Println(km)
}
