// switching on strings and comparing strings with multibyte content
package main

import "fmt"

func kind(s string) string {
	switch s {
	case "":
		return "empty"
	case "a", "b":
		return "letter"
	case "世界":
		return "world"
	default:
		if len(s) > 3 {
			return "long"
		}
		return "other"
	}
}

func main() {
	for _, s := range []string{"", "a", "b", "世界", "abcd", "xy"} {
		fmt.Printf("%q -> %s\n", s, kind(s))
	}
}
