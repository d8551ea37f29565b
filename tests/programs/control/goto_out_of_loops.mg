// checks: goto out of nested for, range (slice, map, string, channel, integer) and back in again from the top re-runs the loops afresh
package main

import "fmt"

func find(grid [][]int, want int) (int, int) {
	for r, row := range grid {
		for c, v := range row {
			if v == want {
				fmt.Println("found", want)
				goto found
			}
			_ = c
		}
		_ = r
	}
	return -1, -1
found:
	return len(grid), want
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 9))

	rounds := 0
restart:
	rounds++
	for i := range 10 {
		if i == rounds {
			fmt.Println("round", rounds, "left the int range at", i)
			if rounds < 3 {
				goto restart
			}
			goto strings
		}
	}
strings:
	for i, r := range "héllo, wörld" {
		if r == ',' {
			fmt.Println("comma at", i)
			goto channel
		}
	}
channel:
	ch := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		ch <- i * i
	}
	close(ch)
	sum := 0
	for v := range ch {
		sum += v
		if sum > 10 {
			goto drained
		}
	}
drained:
	fmt.Println("sum", sum, "left in channel", len(ch))
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	seen := 0
	for range m {
		seen++
		if seen == 2 {
			goto mapdone
		}
	}
mapdone:
	fmt.Println("map entries seen", seen)
}
