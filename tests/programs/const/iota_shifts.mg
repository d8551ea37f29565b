// iota in shift expressions builds bit flags and byte-size units
package main

import "fmt"

type Flag uint8

const (
	FlagA Flag = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

func main() {
	fmt.Println(FlagA, FlagB, FlagC, FlagD)
	f := FlagA | FlagC
	fmt.Printf("%08b %T\n", f, f)
	fmt.Println(f&FlagC != 0, f&FlagB != 0)
	fmt.Println(KB, MB, GB, TB)
}
