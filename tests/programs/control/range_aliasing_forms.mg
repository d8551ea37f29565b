// range over array pointers, struct-field arrays, map-index arrays, nested arrays, strings and channels: what is copied, what aliases, what is evaluated once
package main

import "fmt"

type S struct{ arr [3]int }

func main() {
	a, b := [2]int{1, 2}, [2]int{10, 20}
	p := &a
	for i, v := range p {
		p = &b
		p[1] = 99
		fmt.Print(i, v, " ")
	}
	fmt.Println(a, b)
	s := S{[3]int{1, 2, 3}}
	for i, v := range s.arr {
		s.arr[2] = 0
		fmt.Print(i, v, " ")
	}
	fmt.Println(s)
	ps := &s
	for i, v := range ps.arr {
		ps.arr[1] = 50
		fmt.Print(i, v, " ")
	}
	fmt.Println(s)
	m := map[string][2]string{"k": {"x", "y"}}
	for i, v := range m["k"] {
		fmt.Print(i, v)
	}
	fmt.Println()
	grid := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range grid {
		row[0] = 0
		grid[1][1] = 40
		fmt.Print(row, " ")
	}
	fmt.Println(grid)
	for i, row := range &grid {
		row[1] = -1
		grid[1][0] = 30
		fmt.Print(i, row, " ")
	}
	fmt.Println(grid)
	sl := [][]int{{1}, {2}}
	for _, r := range sl {
		r[0] *= 10
	}
	fmt.Println(sl)
	str := "ab"
	for i, c := range str {
		str = "xyz"
		fmt.Print(i, string(c))
	}
	fmt.Println(str)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	var got []int
	var x int
	for x = range ch {
		got = append(got, x)
	}
	fmt.Println(got, x)
outer:
	for i := range 3 {
		for j := range "ab" {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	var arrOfStruct [2]S
	for i := range arrOfStruct {
		arrOfStruct[i].arr[0] = i + 1
	}
	for _, e := range arrOfStruct {
		e.arr[0] = 100
	}
	fmt.Println(arrOfStruct)
}
