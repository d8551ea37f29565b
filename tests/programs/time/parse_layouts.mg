// time.Parse and ParseInLocation: every predefined layout round-trips, fractions the layout does not spell, two-digit years, year days, AM/PM, zone offsets and abbreviations (known, unknown, UTC, GMT+3)
package main

import (
	"fmt"
	"time"
)

func try(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	name, offset := t.Zone()
	fmt.Println(t, "|", t.Location(), name, offset, t.Unix())
}

func main() {
	ref := time.Date(2009, 11, 10, 23, 4, 5, 123456789, time.FixedZone("", -7*3600))
	for _, l := range []string{time.Layout, time.ANSIC, time.RubyDate, time.RFC822Z, time.RFC1123Z,
		time.RFC3339, time.RFC3339Nano, time.Kitchen, time.StampMicro, time.DateTime, time.DateOnly, time.TimeOnly} {
		try(l, ref.Format(l))
	}
	try(time.RFC3339, "2021-06-01T12:00:00.123456789123Z")
	try(time.DateTime, "2021-06-01 12:00:00,5")
	try("06-01-02", "69-01-02")
	try("06-01-02", "68-01-02")
	try("2006 002", "2020 366")
	try("2006 __2 15h", "2021  60 07h")
	try("Jan _2 2006", "feb  3 2021")
	try("Monday, January 2", "TUESDAY, MARCH 4")
	try("3:04pm", "12:30am")
	try("3:04PM", "12:30PM")
	try("15:04:05 MST", "12:00:00 UTC")
	try("15:04:05 MST", "12:00:00 EST")
	try("15:04:05 MST", "12:00:00 GMT+3")
	try("15:04:05 MST", "12:00:00 ChST")
	try("15:04:05 -0700 MST", "12:00:00 +0530 IST")
	try("15:04:05 Z07:00", "12:00:00 Z")
	try("-07:00:00", "+01:02:03")
	try("2006-01-02   15:04", "2021-06-01 12:00")
	try("", "")

	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, v := range []string{"2021-07-01 12:00", "2021-01-01 12:00", "2021-03-14 02:30", "2021-11-07 01:30"} {
		t, err := time.ParseInLocation("2006-01-02 15:04", v, ny)
		fmt.Println(t, err)
	}
	t, err := time.ParseInLocation("2006-01-02 15:04 -0700", "2021-07-01 12:00 -0400", ny)
	fmt.Println(t, t.Location(), err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2021-01-01 12:00 EDT", ny)
	fmt.Println(t, t.Location(), err)
}
