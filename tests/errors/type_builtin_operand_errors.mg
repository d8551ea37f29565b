// builtins given nil, zero-size or mismatched operands, and the wrong number of arguments, as Go 1.27 words them
package main

func main() {
	var zero [0]int
	var e struct{}
	var i int
	_ = copy(nil, nil)
	_ = copy([]int{}, 1)
	_ = copy([]int{}, "ab")
	_ = append(nil)
	_ = append(zero)
	clear(nil)
	clear(zero)
	_ = make([0]int)
	_ = make([]int, 1, 2, 3)
	_ = make(map[int]int, 1, 2)
	_ = max(1, "a")
	_ = min(e)
	_ = min(i, 2.5)
	_ = len()
	_ = cap(1, 2)
	_ = zero[:1]
	_ = [0]int{}[:0]
	delete(map[int]int{})
	panic()
}
