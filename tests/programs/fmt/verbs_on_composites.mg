// verbs other than %v apply element-wise to slices, arrays, maps and struct fields
package main

import "fmt"

type P struct {
	Name string
	N    int
}

func main() {
	p := P{"go", 7}
	fmt.Printf("%s\n", p)
	fmt.Printf("%d\n", p)
	fmt.Printf("%q\n", p)
	fmt.Printf("%x\n", p)
	fmt.Printf("%5.1f\n", map[string]float64{"a": 1.25, "b": 10})
	fmt.Printf("%t\n", []bool{true, false})
	fmt.Printf("%o %b\n", [2]int{8, 9}, []uint8{3})
	fmt.Printf("%08.3f|%+.2e|% e\n", -1.5, 12345.678, 0.000123)
	fmt.Printf("%#x %#o %x\n", -255, -8, "")
	fmt.Printf("%.4v|%10.4v|%-7.2v|\n", "abcdefgh", "abcdefgh", "abcdefgh")
}
