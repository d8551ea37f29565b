// time.Duration values print in Go's compact unit format
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 90 * time.Second, time.Hour + 30*time.Minute + 5*time.Second, -2 * time.Millisecond, 100 * time.Hour}
	for _, d := range ds {
		fmt.Println(d, d.String(), int64(d))
	}
	fmt.Printf("%v %d %T\n", 2*time.Second, 2*time.Second, time.Second)
	fmt.Println(time.Nanosecond, time.Minute, time.Duration(1<<63-1))
}
