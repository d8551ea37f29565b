// time.Date with its normalisation (Oct 32 is Nov 1, negative and overflowing fields), calendar fields, Weekday, YearDay, ISOWeek and AddDate
package main

import (
	"fmt"
	"time"
)

func show(t time.Time) {
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	iy, iw := t.ISOWeek()
	fmt.Printf("%v | %d %v %d %02d:%02d:%02d.%09d | %v yday=%d iso=%d-W%02d\n",
		t, y, m, d, hh, mm, ss, t.Nanosecond(), t.Weekday(), t.YearDay(), iy, iw)
}

func main() {
	show(time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC))
	show(time.Date(2021, time.October, 32, 0, 0, 0, 0, time.UTC))
	show(time.Date(2020, 14, -1, 25, 61, -1, -1, time.UTC))
	show(time.Date(2019, 0, 0, 0, 0, 0, 0, time.UTC))
	show(time.Date(2000, 2, 29, 12, 30, 0, 999999999, time.UTC))
	show(time.Date(2000, 2, 30, -1, 0, 60, 1000000000, time.UTC))
	show(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC))
	show(time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC))
	show(time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC))
	show(time.Date(12345, 6, 7, 8, 9, 10, 11, time.UTC))

	// ISO weeks at year boundaries.
	for _, day := range []int{1, 2, 3, 4} {
		t := time.Date(2021, 1, day, 0, 0, 0, 0, time.UTC)
		y, w := t.ISOWeek()
		fmt.Println(t.Format("Mon 2006-01-02"), y, w)
	}
	for _, day := range []int{28, 29, 30, 31} {
		t := time.Date(2024, 12, day, 0, 0, 0, 0, time.UTC)
		y, w := t.ISOWeek()
		fmt.Println(t.Format("Mon 2006-01-02"), y, w)
	}

	// AddDate normalises like Date: Jan 31 + 1 month is March 2 or 3.
	base := time.Date(2023, 1, 31, 10, 0, 0, 0, time.UTC)
	fmt.Println(base.AddDate(0, 1, 0), base.AddDate(1, 1, 0), base.AddDate(0, 0, -31), base.AddDate(-1, -13, 400))
	leap := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0), leap.AddDate(4, 0, 0), leap.AddDate(0, 12, 0))
	fmt.Println(base.Year(), base.Month(), base.Day(), base.Hour(), base.Minute(), base.Second())
}
