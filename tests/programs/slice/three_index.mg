// three-index slices limit capacity so append must reallocate
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5}
	s := base[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 30)
	fmt.Println(base, s)
	s = append(s, 40)
	s[0] = -1
	fmt.Println(base, s, len(s), cap(s))
	t := base[2:2:2]
	fmt.Println(len(t), cap(t))
	arr := [5]int{1, 2, 3, 4, 5}
	u := arr[:2:3]
	u = append(u, 9)
	fmt.Println(arr, u)
}
