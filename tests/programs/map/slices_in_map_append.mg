// appending to a slice stored in a map requires storing the result back
package main

import "fmt"

func main() {
	groups := map[bool][]int{}
	for i := 1; i <= 6; i++ {
		even := i%2 == 0
		groups[even] = append(groups[even], i)
	}
	fmt.Println(groups)
	s := groups[true]
	s = append(s, 100)
	fmt.Println(groups[true], s)
	groups[true][0] = -2
	fmt.Println(groups)
}
