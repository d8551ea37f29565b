// interface-typed keys: equal only with the same dynamic type and value
package main

import "fmt"

type MyInt int

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[MyInt(1)] = "MyInt 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	fmt.Println(len(m))
	fmt.Println(m[1], m[int64(1)], m[MyInt(1)], m["1"], m[1.0], m[true], m[[2]int{1, 1}])
	_, ok := m[int8(1)]
	fmt.Println(ok)
	var e error
	m[e] = "nil"
	fmt.Println(m[nil], len(m))
}
