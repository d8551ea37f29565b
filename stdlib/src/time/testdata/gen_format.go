// Generates format.out: rows of Time.Format, Time.String, calendar fields,
// Parse/ParseInLocation and ParseDuration results, printed by real Go.
// Run with TZ=UTC: go run gen_format.go > format.out
package main

import (
	"fmt"
	"time"
)

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
	time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
	time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
	"2006-01-02 15:04:05.999999999 -0700 MST", "Mon Monday Jan January 1 01 2 02 _2 __2 002",
	"3 03 15 4 04 5 05 PM pm 06 2006", "-07 -0700 -07:00 -070000 -07:00:00",
	"Z07 Z0700 Z07:00 Z070000 Z07:00:00", ".0 .00 .000 .0000 .000000 .000000000 .0000000000",
	",9 ,99 ,999 ,999999 ,999999999 ,9999999999", "Janx Monx Mon. MSTx 05.999x 05.0001",
	"_2006 __2006 _2_2 002002", "2006-01-02T15:04:05.000Z07:00", "15:04:05,000", "literal only",
	"", "Jan _2 15:04:05.000000", "Monday, 02-Jan-06 15:04:05 MST", "20060102150405",
	"06-1-2 3:4:5", "2006 002 __2", "MST -0700", "2006-01-02 15:04:05.99 Z07", "Mondays Janu",
}

type zoneSpec struct {
	id  string
	loc *time.Location
}

func zones() []zoneSpec {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		panic(err)
	}
	lh, err := time.LoadLocation("Australia/Lord_Howe")
	if err != nil {
		panic(err)
	}
	return []zoneSpec{
		{"UTC", time.UTC},
		{"fixed::-19800", time.FixedZone("", -19800)},
		{"fixed:XYZ:20730", time.FixedZone("XYZ", 20730)},
		{"fixed::-30", time.FixedZone("", -30)},
		{"tz:America/New_York", ny},
		{"tz:Australia/Lord_Howe", lh},
	}
}

func main() {
	instants := []time.Time{
		time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 29, 12, 30, 45, 123456789, time.UTC),
		time.Date(1999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 1000, time.UTC),
		time.Date(2021, 3, 14, 7, 5, 9, 50000000, time.UTC),
		time.Date(2021, 11, 7, 5, 30, 0, 100, time.UTC),
		time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC),
		time.Date(12345, 6, 7, 8, 9, 10, 11, time.UTC),
		time.Date(2100, 7, 4, 0, 0, 0, 500000000, time.UTC),
		time.Date(1883, 11, 18, 17, 0, 0, 0, time.UTC),
		time.Date(2050, 6, 1, 12, 0, 0, 0, time.UTC),
	}
	for _, z := range zones() {
		for _, u := range instants {
			t := u.In(z.loc)
			for _, l := range layouts {
				fmt.Printf("F\t%s\t%d\t%d\t%s\t%s\n", z.id, t.Unix(), t.Nanosecond(), l, t.Format(l))
			}
			y, m, d := t.Date()
			h, mi, s := t.Clock()
			iy, iw := t.ISOWeek()
			name, off := t.Zone()
			start, end := t.ZoneBounds()
			fmt.Printf("C\t%s\t%d\t%d %d %d %d %d %d %d %d %d %d %s %d %d %d %v\n", z.id, t.Unix(), y, m, d, h, mi, s, t.YearDay(), t.Weekday(), iy, iw, name, off, start.Unix(), end.Unix(), t.IsDST())
		}
		// Date's normalisation and zone gaps/overlaps.
		for _, a := range [][7]int{{2021, 10, 32, 0, 0, 0, 0}, {2021, 3, 14, 2, 30, 0, 0}, {2021, 11, 7, 1, 30, 0, 0},
			{2020, 14, -1, 25, 61, -1, -1}, {2019, 0, 0, 0, 0, 0, 0}, {2000, 2, 30, -1, 0, 60, 1000000000}, {1600, 1, 1, 0, 0, 0, 0},
			{2038, 1, 19, 3, 14, 8, 0}, {2400, 12, 31, 23, 59, 59, 999999999}} {
			t := time.Date(a[0], time.Month(a[1]), a[2], a[3], a[4], a[5], a[6], z.loc)
			fmt.Printf("D\t%s\t%d %d %d %d %d %d %d\t%d %d\n", z.id, a[0], a[1], a[2], a[3], a[4], a[5], a[6], t.Unix(), t.Nanosecond())
		}
	}
	parseRows()
	durationRows()
}

func parseRows() {
	ny, _ := time.LoadLocation("America/New_York")
	cases := [][2]string{}
	for _, l := range layouts {
		for _, u := range []time.Time{time.Date(2009, 11, 10, 23, 4, 5, 123456789, ny), time.Date(2024, 7, 1, 9, 0, 0, 0, time.FixedZone("ABC", 3600)),
			time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC)} {
			cases = append(cases, [2]string{l, u.Format(l)})
		}
	}
	cases = append(cases, [][2]string{
		{"2006-01-02", "x"}, {"2006-01-02", "2021-13-01"}, {"2006-01-02", "2021-02-29"}, {"2006-01-02", "2020-02-29 extra"},
		{"15:04", "24:00"}, {"15:04", "23:60"}, {"15:04:05", "23:59:60"}, {"3:04PM", "13:04PM"}, {"3:04PM", "12:04AM"},
		{"3:04pm", "12:04pm"}, {"3:04PM", "1:04XM"}, {"Jan 2", "feb 3"}, {"Jan 2", "Fe 3"}, {"Monday Jan 2", "tuesday JAN 2"},
		{"2006 002", "2020 366"}, {"2006 002", "2021 366"}, {"2006 002", "2021 000"}, {"2006 __2", "2021  60"}, {"2006 __2", "2020  60"},
		{"2006-01 002", "2020-03 060"}, {"2006-01-02 002", "2020-02-29 060"}, {"2006-01-02 002", "2020-02-28 060"},
		{"2006-01-02T15:04:05Z07:00", "2021-06-01T12:00:00Z"}, {"2006-01-02T15:04:05Z07:00", "2021-06-01T12:00:00+02:00"},
		{"2006-01-02T15:04:05Z07:00", "2021-06-01T12:00:00-04:00"}, {"2006-01-02T15:04:05Z07:00", "2021-06-01T12:00:00+25:00"},
		{"2006-01-02T15:04:05Z07:00", "2021-06-01T12:00:00+02:61"}, {"2006-01-02T15:04:05Z07:00", "2021-06-01T12:00:00+0200"},
		{"2006-01-02T15:04:05Z07:00", "2021-06-01T12:00:00.123456789123+02:00"}, {"2006-01-02T15:04:05Z07:00", "2021-06-01T12:00:00,5Z"},
		{"15:04:05.000", "12:00:00.12"}, {"15:04:05.000", "12:00:00.1234"}, {"15:04:05.000", "12:00:00,123"}, {"15:04:05.999", "12:00:00"},
		{"15:04:05.999", "12:00:00.5"}, {"15:04:05.999", "12:00:00.123456"}, {"15:04:05 MST", "12:00:00 EST"}, {"15:04:05 MST", "12:00:00 EDT"},
		{"15:04:05 MST", "12:00:00 XYZT"}, {"15:04:05 MST", "12:00:00 ABCDEF"}, {"15:04:05 MST", "12:00:00 GMT+3"}, {"15:04:05 MST", "12:00:00 GMT-24"},
		{"15:04:05 MST", "12:00:00 +05"}, {"15:04:05 MST", "12:00:00 ChST"}, {"15:04:05 MST", "12:00:00 WITA"}, {"15:04:05 MST", "12:00:00 UTC"},
		{"15:04:05 MST", "12:00:00 Ab"}, {"15:04:05 -0700 MST", "12:00:00 -0500 EST"}, {"15:04:05 -0700 MST", "12:00:00 -0500 XYZ"},
		{"2006-01-02 15:04:05 -0700", "2021-07-01 12:00:00 -0400"}, {"2006-01-02 15:04:05 -0700", "2021-01-01 12:00:00 -0400"},
		{"-070000", "-000001"}, {"-07:00:00", "+01:02:03"}, {"-07", "+9"}, {"Z07", "Z"}, {"Z07:00", "x01:00"}, {"-0700", "+99xx"},
		{"2006  01", "2021 01"}, {"2006 01", "2021   01"}, {"2006 01", "202101"}, {" 2006", "2021"}, {"2006", " 2021"},
		{"06", "69"}, {"06", "68"}, {"06", "+5"}, {"2006", "+123"}, {"2006", "12"}, {"1/2", "1/2"}, {"01/02", "1/2"}, {"_2", " 7"}, {"_2", "7"},
		{"Jan _2", "Jan  7"}, {"2006-01-02", "2006-01-02\t"}, {"2006-01-02", "\"x\\é"}, {".000", ".-12"}, {"05.000", "01.-12"}, {"05", "01.-1"},
		{"", ""}, {"", "x"}, {"x", ""}, {"15:04", "1:04"}, {"03:04", "1:04"}, {"2006-01-02", "0000-01-01"}, {"2006-01-02", "10000-01-01"},
		{"Jan 2 2006", "Feb 31 2021"}, {"2 Jan 2006", "0 Jan 2021"}, {"Mon", "Mo"}, {"15:04:05.000000000000", "01:02:03.123456789012"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"}, {time.RFC850, "Monday, 02-Jan-06 15:04:05 EST"},
	}...)
	for _, c := range cases {
		for _, mode := range []string{"P", "L"} {
			var t time.Time
			var err error
			if mode == "P" {
				t, err = time.Parse(c[0], c[1])
			} else {
				t, err = time.ParseInLocation(c[0], c[1], ny)
			}
			if err != nil {
				pe := err.(*time.ParseError)
				fmt.Printf("%s\t%x\t%x\terr\t%x\t%x\t%x\t%x\n", mode, c[0], c[1], pe.LayoutElem, pe.ValueElem, pe.Message, err.Error())
				continue
			}
			name, off := t.Zone()
			fmt.Printf("%s\t%x\t%x\tok\t%d\t%d\t%s\t%x\t%d\n", mode, c[0], c[1], t.Unix(), t.Nanosecond(), t.Location(), name, off)
		}
	}
}

func durationRows() {
	for _, s := range []string{"0", "-0", "+0", "", "1", "1s", "1.5h", "-1.5h", "2h45m", "300ms", "1us", "1µs", "1μs", "1ns", ".5s", "5.s", ".s",
		"1.000000000000000000001s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s",
		"2562047h47m16.854775808s", "1d", "1s1", "s", "-", "1.2.3s", "100000000000000000000ns", "0.3333333333333333333h", "1h-1m", "3m4.5s7ns",
		"1e3s", "\xff", "1\xffs", "1 s", "12345678901234567890.5ns", "+5m", "-.5m", "0.1µs"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("PD\t%x\terr\t%x\n", s, err.Error())
			continue
		}
		fmt.Printf("PD\t%x\tok\t%d\n", s, int64(d))
	}
}
