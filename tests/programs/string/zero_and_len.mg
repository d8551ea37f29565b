// the zero string, len of string expressions and string keys
package main

import "fmt"

func main() {
	var s string
	fmt.Printf("%q %d %v\n", s, len(s), s == "")
	fmt.Println(len("世界"), len([]rune("世界")))
	const c = "constant"
	fmt.Println(len(c), len(c+c))
	arr := [3]string{"x"}
	fmt.Printf("%q\n", arr)
	m := map[string]int{"": 1, "a": 2}
	fmt.Println(m[""], m["a"], m["b"])
}
