// FormatInt in bases 2 to 36 and Quote of tricky strings
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, b := range []int{2, 8, 10, 16, 36} {
		fmt.Println(b, strconv.FormatInt(255, b), strconv.FormatInt(-255, b), strconv.FormatInt(math.MinInt64, b))
	}
	fmt.Println(strconv.Quote("hello"))
	fmt.Println(strconv.Quote("tab\tnew\nquote\"back\\"))
	fmt.Println(strconv.Quote("héllo 世界 \x00 \xff \u200b"))
	fmt.Println(strconv.Quote(""))
}
