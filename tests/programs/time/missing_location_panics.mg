// time.Date and Time.In with a nil *Location panic with Go's messages (one recovered, one uncaught), and ParseInLocation with a nil location panics only when the value has no zone
package main

import (
	"fmt"
	"time"
)

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.Now().In(nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		t, err := time.ParseInLocation(time.RFC3339, "2021-01-02T03:04:05Z", nil)
		fmt.Println(t, err)
		time.ParseInLocation(time.DateOnly, "2021-01-02", nil)
	}()
	var loc *time.Location
	fmt.Println(loc.String(), loc)
	time.Date(2021, 1, 1, 0, 0, 0, 0, loc)
}
