// time.Now, Since and Sub measure elapsed time; only comparisons are printed
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	elapsed := time.Since(start)
	later := time.Now()
	fmt.Println(elapsed >= 10*time.Millisecond, elapsed < 5*time.Second)
	fmt.Println(later.Sub(start) >= elapsed, start.Sub(later) < 0)
}
