// Time.Sub between the zero Time and a clock reading clamps to the largest Duration; IsZero; durations between clock readings
package main

import (
	"fmt"
	"time"
)

type stamp struct {
	at time.Time
}

func main() {
	var zero time.Time
	start := time.Now()
	fmt.Println(zero.IsZero(), start.IsZero(), stamp{}.at.IsZero())
	fmt.Println(start.Sub(zero))
	fmt.Println(zero.Sub(start))
	fmt.Println(zero.Sub(zero), time.Since(zero))
	time.Sleep(20 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 20*time.Millisecond, elapsed < time.Second, start.Sub(time.Now()) < 0)
	fmt.Println(zero, stamp{})
	fmt.Printf("%+v %v\n", stamp{}, []time.Time{{}, zero})
}
