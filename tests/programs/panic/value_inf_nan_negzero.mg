// infinite, NaN and negative zero panic values
package main

import "math"

func main() {
	zero := 0.0
	defer func() { panic(-zero) }()
	defer func() { panic(math.NaN()) }()
	defer func() { panic(math.Inf(-1)) }()
	panic(math.Inf(1))
}
