// Tutorial: working with dates — parse a birthday, compute an age and days until the next birthday, print a month calendar, group log timestamps by hour, and convert a meeting time between zones
package main

import (
	"fmt"
	"strings"
	"time"
)

func age(birth, today time.Time) int {
	years := today.Year() - birth.Year()
	if today.YearDay() < birth.YearDay() {
		years--
	}
	return years
}

func calendar(year int, month time.Month) string {
	var b strings.Builder
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	b.WriteString(first.Format("     January 2006") + "\nSu Mo Tu We Th Fr Sa\n")
	b.WriteString(strings.Repeat("   ", int(first.Weekday())))
	for d := first; d.Month() == month; d = d.AddDate(0, 0, 1) {
		b.WriteString(fmt.Sprintf("%2d ", d.Day()))
		if d.Weekday() == time.Saturday {
			b.WriteString("\n")
		}
	}
	return b.String()
}

func main() {
	today := time.Date(2024, time.March, 15, 9, 30, 0, 0, time.UTC)
	birth, err := time.Parse("January 2, 2006", "July 20, 1969")
	if err != nil {
		panic(err)
	}
	fmt.Println("born on a", birth.Weekday(), "- age", age(birth, today))
	next := time.Date(today.Year(), birth.Month(), birth.Day(), 0, 0, 0, 0, time.UTC)
	if next.Before(today) {
		next = next.AddDate(1, 0, 0)
	}
	fmt.Printf("next birthday %s, in %d days (%v)\n", next.Format("Mon Jan 2"), int(next.Sub(today).Hours()/24), next.Sub(today).Round(time.Hour))

	fmt.Println(calendar(2024, time.February))

	logs := []string{"2024-03-15T09:12:44Z", "2024-03-15T09:59:59Z", "2024-03-15T10:00:00Z", "2024-03-15T10:30:15.250Z", "2024-03-15T12:01:00+02:00"}
	counts := map[string]int{}
	for _, line := range logs {
		t, err := time.Parse(time.RFC3339, line)
		if err != nil {
			fmt.Println(err)
			continue
		}
		counts[t.UTC().Truncate(time.Hour).Format("15:04")]++
	}
	fmt.Println(counts)

	meeting := time.Date(2024, time.March, 20, 15, 0, 0, 0, time.UTC)
	for _, zone := range []string{"America/Los_Angeles", "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-20s %s\n", zone, meeting.In(loc).Format("Mon 15:04 MST (-07:00)"))
	}
	deadline := today.Add(36*time.Hour + 15*time.Minute)
	fmt.Println("deadline:", deadline.Format(time.RFC1123), "remaining:", deadline.Sub(today))
}
