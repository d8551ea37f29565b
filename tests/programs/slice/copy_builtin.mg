// copy copies min(len) elements, handles overlap and copies from strings
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	n = copy(src, src[2:])
	fmt.Println(n, src)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	fmt.Println(copy([]int{}, src), copy(dst, []int(nil)))
}
