// Printing times: String, GoString (%#v), %v of times in structs, slices and maps (exported fields use String, unexported ones show the raw wall/ext fields), MarshalText/MarshalJSON, and Month/Weekday names in and out of range
package main

import (
	"fmt"
	"time"
)

type Event struct {
	Name string
	At   time.Time
}

type private struct {
	at time.Time
}

func main() {
	t := time.Date(2009, 11, 10, 23, 0, 0, 5, time.UTC)
	f := time.Date(2009, 11, 10, 23, 0, 0, 0, time.FixedZone("PST", -8*3600))
	fmt.Println(t, f)
	fmt.Printf("%v|%s|%q|%#v\n", t, t, t, f)
	fmt.Printf("%v %+v\n", Event{"launch", t}, Event{"launch", t})
	fmt.Printf("%v %+v\n", private{t}, private{t})
	fmt.Println([]time.Time{t}, map[string]time.Time{"k": t}, &Event{"p", t})
	fmt.Println(t.GoString())
	ny, err := time.LoadLocation("America/New_York")
	if err == nil {
		fmt.Printf("%#v\n", t.In(ny))
	}
	for _, v := range []time.Time{t, time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)} {
		b, err := v.MarshalText()
		j, jerr := v.MarshalJSON()
		fmt.Println(string(b), err, string(j), jerr)
	}
	var back time.Time
	fmt.Println(back.UnmarshalText([]byte("2021-06-01T12:00:00+02:00")), back)
	fmt.Println(back.UnmarshalJSON([]byte(`"2021-06-01T12:00:00.5Z"`)), back)
	fmt.Println(back.UnmarshalJSON([]byte(`null`)), back, back.UnmarshalJSON([]byte(`12`)))
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 7; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Printf("%d %v %s %q\n", time.March, time.March, time.Saturday, time.Month(-3))
}
