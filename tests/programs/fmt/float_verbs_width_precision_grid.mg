// %e %g %f with widths and precisions.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, -0.0, 1, -1, 0.1, 123.456, 1e-7, 1e21, 123456789.0, 2.5e-300, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 0.000123, 99.995, 1.0 / 3}
	verbs := []string{"%e", "%E", "%f", "%g", "%G", "%v", "%.0e", "%.3e", "%10.2f", "%-10.2f|", "%+.2f", "% .3g", "%08.3f", "%.0f", "%#g", "%#.3g", "%.10g", "%12.4e", "%-12g|", "%+g", "%x", "%.2x", "%8.3v"}
	for _, v := range vals {
		for _, verb := range verbs {
			fmt.Printf(verb+" ", v)
		}
		fmt.Println()
	}
	fmt.Println(float32(0.1), float32(1)/float32(3), 1e100, 1e20, 1e21, 123456789012345678.0)
	fmt.Printf("%6.2f%%|%v|%.1f|%.1f|%.1f\n", 12.3456, []float64{1.5, 2}, 0.05, 0.15, 0.25)
	fmt.Printf("%5.1f|%-8.3e|%+08.2f|% 08.2f\n", -3.14159, 1234.5678, 3.14159, 2.0)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 1e-4, 1e-5)
	fmt.Printf("%v %v\n", float32(16777216.0), float32(3.4e38))
}
