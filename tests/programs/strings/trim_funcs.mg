// Trim, TrimLeft, TrimRight use cutsets; TrimPrefix and TrimSuffix remove one affix
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimRight("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.tar.gz", ".gz"))
	fmt.Printf("%q\n", strings.TrimSpace(" \t\n spaced out \r\n"))
	fmt.Printf("%q\n", strings.Trim("", "x"))
	fmt.Printf("%q\n", strings.Trim("abc", ""))
	fmt.Printf("%q\n", strings.TrimLeft("ababX", "ab"))
	fmt.Printf("%q\n", strings.TrimPrefix("ababX", "ab"))
	fmt.Printf("%q\n", strings.Trim("¡¡hola!!", "!¡"))
}
