// a deferred call sees later changes through references but not through copied arguments
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	m := map[string]int{}
	defer fmt.Println("slice arg:", s, "map arg:", m)
	arr := [2]int{1, 2}
	defer fmt.Println("array arg:", arr)
	s[0] = 100
	m["added"] = 1
	arr[0] = 100
	s = append(s, 4)
	fmt.Println("end", s, arr)
}
