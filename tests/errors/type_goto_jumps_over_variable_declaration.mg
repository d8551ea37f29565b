// checks: a forward goto may not skip a variable declaration of the label's block (the last one skipped is named)
package main

import "fmt"

func main() {
	n := 3
	if n > 2 {
		goto report
	}
	limit := n * 2
	var total int
	for i := 0; i < limit; i++ {
		total += i
	}
report:
	fmt.Println(n, total)
}
