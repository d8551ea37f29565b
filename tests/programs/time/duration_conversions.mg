// converting between Durations and numbers of units with integer and float arithmetic
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1500 * time.Millisecond
	fmt.Println(int64(d/time.Millisecond), float64(d)/float64(time.Second), d.String())
	secs := 3
	fmt.Println(time.Duration(secs)*time.Second, time.Duration(secs*1000)*time.Microsecond)
	timeout := 2 * time.Minute
	fmt.Println(timeout > 90*time.Second, timeout/time.Duration(4), timeout-time.Nanosecond)
	var zero time.Duration
	fmt.Println(zero, zero == 0)
}
