// math/rand with a seeded source gives exactly Go's sequences: Int63, Uint32, Uint64, Int31, Int, Intn, Int31n, Int63n (powers of two and not), Float64, Float32, Perm, Shuffle, Read and Seed, for several seeds including 0 and negative ones
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{42, 0, 1, -7, 1 << 40, 2147483647} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println("seed", seed)
		fmt.Println(r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
		fmt.Println(r.Intn(10), r.Intn(1000000), r.Intn(1<<40), r.Int31n(7), r.Int31n(64), r.Int63n(1e15), r.Int63n(1024))
		fmt.Println(r.Float64(), r.Float32())
		fmt.Println(r.Perm(10))
		words := []string{"a", "b", "c", "d", "e", "f", "g"}
		r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
		fmt.Println(words)
		buf := make([]byte, 10)
		n, err := r.Read(buf)
		fmt.Println(n, err, buf)
		n, err = r.Read(buf[:3])
		fmt.Println(n, err, buf[:3])
		r.Seed(seed)
		fmt.Println("reseeded:", r.Int63())
	}
	src := rand.NewSource(99)
	s64 := src.(rand.Source64)
	fmt.Println(src.Int63(), s64.Uint64())
	dice := rand.New(rand.NewSource(2024))
	counts := make([]int, 6)
	for i := 0; i < 6000; i++ {
		counts[dice.Intn(6)]++
	}
	fmt.Println("dice:", counts)
}
