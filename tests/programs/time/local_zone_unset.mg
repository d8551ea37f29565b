// With $TZ set to the empty string (local_zone_unset.env), time.Local is UTC and named "UTC"
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Unix(0, 0), time.Unix(0, 0).Location())
	fmt.Printf("%#v\n", time.Unix(86400, 5))
}
