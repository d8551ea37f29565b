// conversions between named types with the same underlying type
package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Meters int
type Names []string
type ID string

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	c := Celsius(100)
	f := CToF(c)
	fmt.Printf("%T %v %T %v\n", c, c, f, f)
	m := Meters(42)
	fmt.Println(int(m)+1, m*2)
	ns := Names([]string{"a", "b"})
	plain := []string(ns)
	plain[0] = "z"
	fmt.Println(ns, plain)
	id := ID("x1")
	fmt.Printf("%T %v %v\n", id, id, string(id)+"!")
	bs := []byte(id)
	fmt.Println(bs)
}
