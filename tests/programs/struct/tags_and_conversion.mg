// struct tags are ignored for conversion; structs with identical fields convert
package main

import "fmt"

type User struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
}

type Row struct {
	Name string
	Age  int
}

func main() {
	u := User{"ann", 3}
	r := Row(u)
	r.Age++
	fmt.Printf("%+v %+v\n", u, r)
	back := User(r)
	fmt.Println(back == User{"ann", 4})
	anon := struct {
		Name string
		Age  int
	}(r)
	fmt.Printf("%T\n", anon)
}
