// time.Local follows $TZ (set by local_zone_from_tz.env): Now and Unix are in Local, Local is named after the zone, Parse matches offsets and abbreviations of the local zone, and LoadLocation("Local") is Local
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Now().Location(), time.Now().Location() == time.Local)
	t := time.Unix(1700000000, 0)
	fmt.Println(t, t.Location())
	fmt.Println(time.Date(2021, 7, 1, 12, 0, 0, 0, time.Local))
	fmt.Printf("%#v\n", time.Date(2021, 1, 1, 12, 0, 0, 0, time.Local))
	p, err := time.Parse("2006-01-02 15:04 -0700", "2021-07-01 12:00 -0400")
	fmt.Println(p, p.Location(), err)
	p, err = time.Parse("2006-01-02 15:04 MST", "2021-01-01 12:00 EST")
	fmt.Println(p, p.Location(), err)
	p, err = time.Parse("2006-01-02 15:04 MST", "2021-01-01 12:00 PDT")
	fmt.Println(p, p.Location(), err)
	l, err := time.LoadLocation("Local")
	fmt.Println(l == time.Local, err, t.UTC(), t.UTC().Local())
}
