// the zero time.Time prints as Go does with every verb, inside structs, slices, maps and pointers, and through %#v (GoString)
package main

import (
	"fmt"
	"time"
)

type Event struct {
	Name string
	At   time.Time
	Took time.Duration
}

type private struct {
	at   time.Time
	took time.Duration
}

func main() {
	var t time.Time
	fmt.Println(t)
	fmt.Printf("%v|%+v|%s|%#v|%T\n", t, t, t, t, t)
	e := Event{"boot", time.Time{}, 1500 * time.Millisecond}
	fmt.Println(e)
	fmt.Printf("%v\n%+v\n%#v\n", e, e, e)
	p := private{}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println(&e, []time.Time{t}, map[string]time.Duration{"a": time.Second})
	fmt.Printf("%d %x %q\n", t, time.Second, t)
	fmt.Println(t.Sub(t), time.Duration(0), time.Duration(-1))
	fmt.Printf("%v %s %d %#v %+v\n", time.Second, time.Minute, time.Hour, time.Millisecond, []time.Duration{1, 2})
	var pt *time.Time
	fmt.Println(pt, &t)
	fmt.Printf("%10v|%-12s|\n", time.Second, t)
	var s fmt.Stringer = t
	fmt.Println(s.String(), t.String() == fmt.Sprint(t))
}
