// new and make for every kind they accept
package main

import "fmt"

func main() {
	pi := new(int)
	ps := new([]int)
	pm := new(map[string]int)
	sl := make([]string, 2)
	mp := make(map[string]int)
	ch := make(chan bool, 1)
	fmt.Println(*pi, *ps == nil, *pm == nil, len(sl), len(mp), cap(ch))
	mp["x"] = 1
	ch <- true
	fmt.Println(mp, <-ch)
	pp := new(*int)
	fmt.Println(*pp == nil)
}
