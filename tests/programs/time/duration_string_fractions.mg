// Duration.String trims trailing zeros and picks units below one second
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		1500, 1500 * time.Nanosecond * 1000, 2*time.Second + 300*time.Millisecond,
		time.Hour + time.Nanosecond, 59*time.Minute + 59*time.Second + 999*time.Millisecond,
		-time.Hour, -1, 1001 * time.Microsecond, 36 * time.Hour,
	}
	for _, d := range ds {
		fmt.Println(int64(d), d)
	}
	fmt.Printf("%s|%v|%d|%q\n", time.Minute, time.Millisecond, time.Microsecond, time.Second)
}
