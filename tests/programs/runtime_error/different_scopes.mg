// type assertion between two distinct types with the same name in different scopes
package main

import "fmt"

func get() any {
	type T struct{ a int }
	return T{1}
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T | %v\n", r, r)
	}()
	type T struct{ a int }
	v := get()
	fmt.Printf("%T %v\n", v, v)
	_, ok := v.(T)
	fmt.Println(ok)
	_ = v.(T)
}
