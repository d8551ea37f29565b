// Sprintf over a grid of verbs x flag sets x widths x precisions x values of every scalar kind, end to end through the vm
package main

import (
	"fmt"
	"math"
)

type Celsius float32
type Code uint16

func main() {
	zero := 0.0
	values := []any{0, -42, int8(-128), uint64(math.MaxUint64), Code(65), 'é', 3.14159, -zero, 1e21, 2.5e-7,
		math.Inf(1), math.NaN(), Celsius(-40.5), float32(0.1), "héllo", "", []byte("hi"), true, nil}
	verbs := []string{"v", "d", "x", "X", "o", "b", "c", "q", "U", "e", "f", "g", "s", "t"}
	flags := []string{"", "+", "-", "#", " ", "0", "+0", "-# "}
	for _, verb := range verbs {
		for _, flag := range flags {
			line := ""
			for _, width := range []string{"", "8"} {
				for _, prec := range []string{"", ".3"} {
					format := "%" + flag + width + prec + verb
					for _, v := range values {
						line += "|" + fmt.Sprintf(format, v)
					}
				}
			}
			fmt.Printf("%%%s%s %s\n", flag, verb, line)
		}
	}
}
