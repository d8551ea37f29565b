// in a type switch the bound variable has the case type only in single-type cases
package main

import "fmt"

func kind(v any) {
	switch x := v.(type) {
	case int:
		fmt.Printf("int case: %T %d\n", x, x+1)
	case string, []byte:
		fmt.Printf("multi case keeps interface: %T %v\n", x, x)
	case nil:
		fmt.Printf("nil case: %T %v\n", x, x)
	default:
		fmt.Printf("default keeps interface: %T %v\n", x, x)
	}
}

func main() {
	kind(41)
	kind("s")
	kind([]byte("b"))
	kind(nil)
	kind(2.5)
	var e error
	kind(e)
}
