// recovering runtime errors lets a loop process the remaining items
package main

import "fmt"

func process(items []int, idx int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("item %d: %v", idx, r)
		}
	}()
	return 100 / items[idx], nil
}

func main() {
	items := []int{5, 0, 20}
	for i := 0; i < 4; i++ {
		v, err := process(items, i)
		fmt.Println(v, err)
	}
}
