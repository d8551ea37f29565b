// Time arithmetic: Add, Sub (saturating), Before/After/Equal/Compare, IsZero, Unix and its variants both ways, Truncate and Round to various durations, UTC/In/Local keeping the instant
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, 5, 17, 13, 45, 30, 987654321, time.UTC)
	u := t.Add(90 * time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u), t.Before(u), t.After(u), t.Equal(u), t.Compare(u), u.Compare(t), t.Compare(t))
	fmt.Println(t.Add(-24*time.Hour), t.Add(time.Duration(1<<63-1)), t.Add(time.Duration(-1<<63)))
	var zero time.Time
	fmt.Println(zero.IsZero(), t.IsZero(), zero.Sub(t), t.Sub(zero), zero.Add(-1).IsZero(), zero.Unix())
	far := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(zero), zero.Sub(far))
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	for _, v := range []time.Time{time.Unix(0, 0), time.Unix(1e9, 1), time.Unix(-1, -1), time.Unix(0, 3e9+5), time.UnixMilli(-1500), time.UnixMicro(1234567890123456)} {
		fmt.Println(v.UTC(), v.Unix(), v.Nanosecond())
	}
	for _, d := range []time.Duration{0, -time.Second, time.Nanosecond, time.Second, 7 * time.Second, time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1234567 * time.Microsecond} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	old := time.Date(-5, 3, 1, 11, 30, 0, 500000000, time.UTC)
	fmt.Println(old.Truncate(time.Hour), old.Round(time.Hour), old.Round(time.Second))
	z := time.FixedZone("Z9", 9*3600)
	fmt.Println(t.In(z), t.In(z).UTC(), t.In(z).Equal(t), t.In(z).Location(), t.Location())
	fmt.Println(time.Unix(1700000000, 0).In(z).Format(time.RFC1123))
}
