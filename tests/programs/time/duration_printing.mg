// time.Duration values print through String() with %v/%s/%+v, at every depth where fmt may call methods, and as integers otherwise
package main

import (
	"fmt"
	"time"
)

type Job struct {
	Name    string
	Timeout time.Duration
	retry   time.Duration
	Steps   []time.Duration
	Limits  map[string]time.Duration
	Next    *time.Duration
}

func main() {
	d := 90*time.Minute + 1500*time.Millisecond
	j := Job{"build", 2 * time.Second, 250 * time.Millisecond, []time.Duration{time.Microsecond, -3 * time.Nanosecond}, map[string]time.Duration{"cpu": time.Hour}, &d}
	fmt.Println(j.Name, j.Timeout, j.retry, j.Steps, j.Limits, *j.Next)
	fmt.Printf("%v\n%+v\n", j.Steps, j.Limits)
	fmt.Printf("%s|%q|%x|%d|%08d|%10v|%-10s|\n", d, d, time.Second, d, time.Millisecond, time.Second, time.Minute)
	fmt.Printf("%#v %#v\n", d, []time.Duration{1, 2})
	var any1 interface{} = 3 * time.Hour
	fmt.Println(any1, time.Duration(1<<63-1), time.Duration(-1<<63))
	fmt.Printf("%v %v %v\n", struct{ D time.Duration }{time.Second}, struct{ d time.Duration }{time.Second}, [2]time.Duration{1, time.Millisecond})
	fmt.Printf("%+v\n", struct {
		A, b time.Duration
	}{time.Minute, time.Minute})
	fmt.Println(time.Duration(0), 59*time.Second+999*time.Millisecond, 25*time.Hour)
}
