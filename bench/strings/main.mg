// strings: strings.Builder, string concatenation and strconv — measures string
// allocation, appending and number formatting/parsing.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	total := 0
	for r := 0; r < 40; r++ {
		// Build a long string with a Builder.
		var b strings.Builder
		for i := 0; i < 20000; i++ {
			b.WriteString(strconv.Itoa(i * r))
			b.WriteByte(' ')
		}
		s := b.String()
		total += len(s)

		// Concatenate short strings; parse numbers back.
		for i := 0; i < 2000; i++ {
			t := "n" + strconv.Itoa(i) + ":" + strconv.Itoa(r)
			n, err := strconv.Atoi(t[1 : len(t)-2])
			if err == nil {
				total += n + len(t)
			}
		}

		// Grow one string by repeated concatenation.
		acc := ""
		for i := 0; i < 1000; i++ {
			acc += strconv.Itoa(i % 10)
		}
		total += len(acc) + int(acc[len(acc)/2])
	}
	fmt.Println(total)
}
