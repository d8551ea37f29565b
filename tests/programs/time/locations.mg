// Locations: UTC, FixedZone (named, unnamed, odd offsets), LoadLocation from the system zone database with DST transitions, gaps and overlaps, Zone, ZoneBounds, IsDST, In, and LoadLocation's errors
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.UTC, time.FixedZone("XYZ", 3600), time.FixedZone("", -5*3600).String() == "")
	t := time.Date(2021, 3, 14, 6, 59, 59, 0, time.UTC)
	for _, name := range []string{"America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham", "Etc/GMT+5", "EST5EDT"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		for _, u := range []time.Time{t, t.Add(time.Second), time.Date(2021, 11, 7, 6, 0, 0, 0, time.UTC), time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2100, 7, 1, 0, 0, 0, 0, time.UTC)} {
			l := u.In(loc)
			name, off := l.Zone()
			start, end := l.ZoneBounds()
			fmt.Println(loc, l, name, off, l.IsDST(), "|", start, "|", end)
		}
	}
	ny, _ := time.LoadLocation("America/New_York")
	// 02:30 does not exist on 2021-03-14 in New York; 01:30 happens twice on 2021-11-07.
	fmt.Println(time.Date(2021, 3, 14, 2, 30, 0, 0, ny))
	fmt.Println(time.Date(2021, 11, 7, 1, 30, 0, 0, ny))
	fmt.Println(time.Date(2021, 11, 7, 1, 30, 0, 0, ny).Add(time.Hour))

	odd := time.FixedZone("", -30)
	fmt.Println(time.Date(2020, 1, 1, 0, 0, 0, 0, odd).Format(time.RFC3339+" -07:00:00 MST"))
	a := time.Date(2020, 1, 1, 0, 0, 0, 0, time.FixedZone("", 3600))
	b := time.Date(2020, 1, 1, 0, 0, 0, 0, time.FixedZone("", 3600))
	c := time.Date(2020, 1, 1, 0, 0, 0, 0, time.FixedZone("X", 3600))
	d := time.Date(2020, 1, 1, 0, 0, 0, 0, time.FixedZone("X", 3600))
	fmt.Println(a == b, c == d, a.Equal(c), a.Location() == b.Location())
	u := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(u == u.In(time.UTC), u.Location() == time.UTC, u.In(ny).UTC() == u)

	for _, name := range []string{"", "UTC", "Nope/Zone", "utc", "../etc/passwd", "/etc/localtime", "America", "zone1970.tab"} {
		loc, err := time.LoadLocation(name)
		fmt.Printf("%q: %v, %v\n", name, loc, err)
	}
}
