// formatting of Inf and NaN with verbs, widths and flags
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	fmt.Printf("%v %f %e %g\n", inf, inf, inf, inf)
	fmt.Printf("%v %f %.2f\n", -inf, -inf, nan)
	fmt.Printf("[%8v][%-8v][%08.2f][%+v][% v]\n", inf, nan, -inf, inf, nan)
	fmt.Println(fmt.Sprint(nan), fmt.Sprint(-inf))
}
