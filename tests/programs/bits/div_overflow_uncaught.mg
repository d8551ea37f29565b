// math/bits: an unrecovered Div64 overflow ends the program with Go's panic message and exit status 2
package main

import (
	"fmt"
	"math/bits"
	"os"
)

func main() {
	hi := uint64(len(os.Args) + 6)
	fmt.Println(bits.Div64(0, 10, hi))
	fmt.Println(bits.Div64(hi, 0, hi))
}
