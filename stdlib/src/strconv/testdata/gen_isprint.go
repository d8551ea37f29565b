// Generates isprint.out: every code point where strconv.IsPrint or
// strconv.IsGraphic changes value, scanning U+0000..U+10FFFF:
// `print|graphic <TAB> first code point (hex) <TAB> new value`.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, f := range []struct {
		name string
		is   func(rune) bool
	}{{"print", strconv.IsPrint}, {"graphic", strconv.IsGraphic}} {
		prev := false
		for r := rune(0); r <= 0x10FFFF; r++ {
			if v := f.is(r); v != prev {
				fmt.Printf("%s\t%x\t%v\n", f.name, r, v)
				prev = v
			}
		}
	}
}
