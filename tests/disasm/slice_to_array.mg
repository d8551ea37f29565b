// converting a slice to an array copies; to an array pointer aliases (SliceToArray)
package main

func main() {
	s := []int{1, 2, 3}
	a := [2]int(s)
	p := (*[3]int)(s)
	println(a[0], p[2])
}
