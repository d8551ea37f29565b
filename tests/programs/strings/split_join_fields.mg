// Split, SplitN, Fields and Join edge cases: empty separators, empty input, repeats
package main

import (
	"fmt"
	"strings"
)

func show(parts []string) { fmt.Printf("%d %q\n", len(parts), parts) }

func main() {
	show(strings.Split("a,b,,c", ","))
	show(strings.Split("abc", ""))
	show(strings.Split("", ","))
	show(strings.Split("a,b", "x"))
	show(strings.Split(",a,", ","))
	show(strings.SplitN("a,b,c,d", ",", 2))
	show(strings.SplitN("a,b,c", ",", 0))
	show(strings.SplitN("a,b,c", ",", -1))
	show(strings.SplitN("a,b,c", ",", 1))
	show(strings.Fields("  hello   world \t\n go  "))
	show(strings.Fields("   "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, "-") == "", strings.Join([]string{"solo"}, "-"))
}
