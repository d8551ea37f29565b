// Time.Format with every predefined layout and every layout element: padded and unpadded fields, _2 and __2, 002, AM/PM, fractions .000/.999/,000, zone names and offsets in each shape
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"Mon Monday Jan January 1 01 2 02 _2 __2 002",
		"3 03 15 4 04 5 05 PM pm 06 2006",
		"-07 -0700 -07:00 -070000 -07:00:00 | Z07 Z0700 Z07:00 Z070000 Z07:00:00 | MST",
		".0 .00 .000 .000000 .000000000 | .9 .99 .999 .999999 .999999999 | ,000 ,999",
		"Janx Monx Mon. MSTx 05.999x _2006 2006_2",
		"no elements here",
	}
	east := time.FixedZone("", 5*3600+30*60)
	named := time.FixedZone("ABC", -(3*3600 + 30*60 + 15))
	times := []time.Time{
		time.Date(2009, 11, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(2024, 2, 3, 7, 8, 9, 50000000, east),
		time.Date(1999, 12, 31, 12, 0, 0, 0, named),
		time.Date(2001, 1, 1, 0, 0, 0, 1000, time.UTC),
	}
	for _, t := range times {
		for _, l := range layouts {
			fmt.Printf("%-40q %s\n", l, t.Format(l))
		}
		fmt.Println(string(t.AppendFormat([]byte("at: "), time.DateTime)))
	}
}
