// Time's encodings: MarshalBinary/UnmarshalBinary (versions 1 and 2, UTC, fixed and DST zones, and each error), GobEncode/GobDecode, AppendBinary, and MarshalText/UnmarshalText/MarshalJSON with their range errors
package main

import (
	"fmt"
	"time"
)

func main() {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		fmt.Println(err)
		return
	}
	times := []time.Time{
		{},
		time.Date(2009, 11, 10, 23, 0, 0, 123456789, time.UTC),
		time.Date(2021, 7, 1, 12, 0, 0, 0, ny),
		time.Date(1999, 1, 1, 0, 0, 0, 0, time.FixedZone("ODD", 3600+30)),
		time.Date(-300, 1, 1, 0, 0, 0, 0, time.FixedZone("", -60)),
		time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("FAR", 25*3600)),
	}
	for _, t := range times {
		b, err := t.MarshalBinary()
		fmt.Printf("%v: %x %v\n", t, b, err)
		var back time.Time
		if err == nil {
			uerr := back.UnmarshalBinary(b)
			name, off := back.Zone()
			fmt.Println("  back:", back, back.Equal(t), name, off, uerr)
		}
		g, _ := t.GobEncode()
		var gb time.Time
		fmt.Println("  gob:", gb.GobDecode(g), gb.Equal(t))
		text, err := t.MarshalText()
		fmt.Printf("  text: %s %v\n", text, err)
		j, err := t.MarshalJSON()
		fmt.Printf("  json: %s %v\n", j, err)
		a, err := t.AppendBinary([]byte("prefix"))
		fmt.Println("  append:", len(a), err)
	}
	var t time.Time
	for _, data := range [][]byte{nil, {3}, {1, 2, 3}, {2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0}} {
		fmt.Println(t.UnmarshalBinary(data))
	}
	t = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(t.UnmarshalText([]byte("not a time")), t.IsZero())
	fmt.Println(t.UnmarshalText([]byte("2021-06-01T12:00:00.25-03:30")), t)
}
