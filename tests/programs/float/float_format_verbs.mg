// %e %f %g with precision and width on float values
package main

import "fmt"

func main() {
	v := 1234.5678
	fmt.Printf("%e|%.3e|%f|%g|%.5g\n", v, v, v, v, v)
	fmt.Printf("%.2e|%.2f|%.2g|%.0f|%.10f\n", v, v, v, v, v)
	fmt.Printf("%10.3f|%-10.3f|%+.1f|% .1f|%010.2f\n", v, v, v, v, -v)
	fmt.Printf("%g|%g|%g|%g\n", 1e6, 1e21, 1e-5, 0.0001)
	fmt.Printf("%.3g|%.10g|%g\n", 1234567.0, 1234567.0, 100000.0)
	fmt.Printf("%f|%e|%g\n", 0.0, 0.0, 0.0)
	fmt.Printf("%5.1f|%-8.2e|\n", 3.14159, 314.159)
}
