// strings.Builder: WriteString of substrings and of strings longer than the
// spare capacity, mixed with WriteByte/WriteRune/Write; a copy of a Builder
// keeps its own length; strconv.Itoa at the int64 limits.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	s := "hello, world"
	b.WriteString(s[7:])
	b.WriteByte(' ')
	b.WriteString("")
	b.WriteRune('é')
	n, err := b.WriteString(strings.Repeat("ab", 20))
	fmt.Println(n, err, b.Len(), b.String())
	b.Write([]byte{'x', 'y'})
	old := b
	b.WriteString("more")
	fmt.Println(old.Len(), old.String())
	fmt.Println(b.Len(), b.String())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	for i := 0; i < 300; i++ {
		b.WriteString(strconv.Itoa(i * i))
	}
	fmt.Println(b.Len(), b.String()[100:140])
	for _, i := range []int{0, 7, -7, 10, -10, math.MaxInt64, math.MinInt64, math.MinInt64 + 1} {
		fmt.Print(strconv.Itoa(i), " ")
	}
	fmt.Println()
}
