// comma-ok type assertions to concrete and interface types
package main

import "fmt"

type Named interface{ Name() string }
type P struct{ n string }

func (p P) Name() string { return p.n }

func main() {
	vals := []any{42, "str", P{"p"}, &P{"pp"}, nil, 3.5}
	for _, v := range vals {
		i, ok1 := v.(int)
		s, ok2 := v.(string)
		n, ok3 := v.(Named)
		name := ""
		if ok3 {
			name = n.Name()
		}
		fmt.Println(i, ok1, s, ok2, name, ok3)
	}
}
