// FormatFloat with formats e f g, precisions and bit sizes
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -2.5, 1234.5678, 1e21, 1e-7, 0.1, math.Inf(1), math.NaN()}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'f', 2, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'g', 4, 64), strconv.FormatFloat(1.0, 'E', -1, 64))
}
