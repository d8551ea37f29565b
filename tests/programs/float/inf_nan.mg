// infinities and NaN from arithmetic, and NaN's comparisons
package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	pinf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(pinf, ninf, nan)
	fmt.Println(pinf+ninf, pinf*0, pinf-pinf, pinf+1 == pinf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(math.IsNaN(nan), math.IsInf(pinf, 1), math.IsInf(ninf, -1), math.IsInf(ninf, 1))
	fmt.Println(math.Inf(1) == pinf, -math.Inf(1) == ninf)
	x := math.MaxFloat64
	fmt.Println(x*2, -x*2)
}
