// time.Parse's errors: Go's texts for unparsable elements, out-of-range fields, extra text, day-of-year conflicts, quoting of odd bytes, and the ParseError fields
package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{"2006-01-02", "x"},
		{"2006-01-02", "2021-13-01"},
		{"2006-01-02", "2021-02-29"},
		{"2006-01-02", "2021-02-28 extra"},
		{"15:04", "24:00"},
		{"15:04", "23:60"},
		{"15:04:05", "23:59:60"},
		{"3:04PM", "13:04PM"},
		{"3:04PM", "1:04XM"},
		{"Jan 2", "Fe 3"},
		{"2006 002", "2021 366"},
		{"2006 002", "2021 000"},
		{"2006-01 002", "2020-03 061"},
		{"2006-01-02 002", "2020-02-28 060"},
		{time.RFC3339, "2021-06-01T12:00:00+25:00"},
		{time.RFC3339, "2021-06-01T12:00:00+02:61"},
		{time.RFC3339, "2021-06-01T12:00:00+0200"},
		{time.RFC3339, "2021-06-01"},
		{"15:04:05.000", "12:00:00.12"},
		{"15:04:05 MST", "12:00:00 Ab"},
		{"2006", "12"},
		{"01/02", "1/2"},
		{"2006-01-02", "\"q\\\té\xff"},
		{".000", ".-12"},
		{"", "x"},
		{"Mon", "Mo"},
		{"2 Jan 2006", "0 Jan 2021"},
	}
	for _, c := range cases {
		_, err := time.Parse(c[0], c[1])
		fmt.Println(err)
	}
	_, err := time.Parse("2006-01-02", "2021-1-02")
	var pe *time.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}
	t, err := time.Parse("2006-01-02", "bad")
	fmt.Println(t.IsZero(), t, err != nil)
}
