// building strings in a loop with += and with strings.Builder gives the same result
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := ""
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i) + ","
		sb.WriteString(fmt.Sprint(i))
		sb.WriteByte(',')
	}
	sb.WriteRune('世')
	fmt.Println(s)
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(s == sb.String()[:sb.Len()-3])
}
