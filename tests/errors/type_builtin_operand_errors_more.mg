// more builtin operand errors: min/max of mismatched or unordered operands, argument counts, slicing unaddressable zero-length arrays
package main

func main() {
	var zero [0]int
	var e struct{}
	var i int
	_ = max(1, "a")
	_ = min(e)
	_ = min(i, 2.5)
	_ = max(2.5, i)
	_ = len()
	_ = cap(1, 2)
	_ = [0]int{}[:0]
	delete(map[int]int{})
	panic()
	_ = zero
}
