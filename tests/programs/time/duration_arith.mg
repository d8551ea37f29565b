// durations are int64 nanoseconds and support arithmetic and conversion
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 3*time.Minute + 20*time.Second
	fmt.Println(d, d/2, d*3, d%time.Minute)
	fmt.Println(int64(d/time.Second), d > time.Minute, time.Duration(2500)*time.Millisecond)
	var total time.Duration
	for _, ms := range []int{100, 250, 650} {
		total += time.Duration(ms) * time.Millisecond
	}
	fmt.Println(total, total == time.Second)
}
