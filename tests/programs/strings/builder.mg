// strings.Builder accumulates writes; Len counts bytes; the zero value is ready
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	for i := 3; i > 0; i-- {
		b.WriteString(fmt.Sprint(i, "..."))
	}
	b.WriteString("liftoff")
	b.WriteByte('!')
	b.WriteRune('🚀')
	fmt.Println(b.String())
	fmt.Println(b.Len())
	b.Reset()
	b.WriteString("again")
	fmt.Println(b.String(), b.Len())
}
