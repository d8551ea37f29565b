// widths and precisions apply to %v of composite values element-wise
package main

import "fmt"

func main() {
	fmt.Printf("[%5v]\n", []int{1, 22})
	fmt.Printf("[%-4v]\n", [2]string{"a", "b"})
	fmt.Printf("[%6.2f]\n", []float64{1, 2.345})
	fmt.Printf("[%03d]\n", []int{7, 8})
	fmt.Printf("[%x]\n", []int{10, 255})
	fmt.Printf("[%q]\n", []string{"a", "b"})
	fmt.Printf("[%5v]\n", struct{ A, B int }{1, 2})
	fmt.Printf("[%v]\n", map[string]float64{"pi": 3.14159})
	fmt.Printf("[%.2v]\n", map[string]float64{"pi": 3.14159})
	fmt.Printf("[%8.3v][%-8v]\n", 3.14159, true)
}
