// math/rand's NormFloat64 and ExpFloat64 (ziggurat) and Zipf with a seeded source give Go's exact values; a custom Source drives Rand through the interface; the panics of bad arguments
package main

import (
	"fmt"
	"math/rand"
)

type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 1 << 40; return c.n }
func (c *counter) Seed(seed int64) { c.n = seed }

func main() {
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 10; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
	sum := 0.0
	for i := 0; i < 100000; i++ {
		sum += r.NormFloat64() + r.ExpFloat64()
	}
	fmt.Printf("%.6f\n", sum)
	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 100)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)

	c := rand.New(&counter{})
	fmt.Println(c.Int63(), c.Uint64(), c.Intn(100), c.Float64())
	c.Seed(5)
	fmt.Println(c.Int63())

	for _, f := range []func(){
		func() { r.Intn(0) },
		func() { r.Int63n(-1) },
		func() { r.Int31n(0) },
		func() { r.Shuffle(-1, func(i, j int) {}) },
		func() { var z *rand.Zipf; z.Uint64() },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
	// The package-level functions are randomly seeded: only their ranges are fixed.
	fmt.Println(rand.Intn(10) < 10, rand.Float64() < 1, len(rand.Perm(5)))
	rand.Seed(1)
}
