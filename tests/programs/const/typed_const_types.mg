// typed and untyped constants take their default or declared types
package main

import "fmt"

type Celsius float64
type Weekday int

const Boiling Celsius = 100
const (
	Sunday Weekday = iota
	Monday
	Tuesday
)
const untypedInt = 5
const untypedFloat = 5.0
const untypedRune = 'x'
const untypedString = "s"
const untypedBool = 1 < 2

func main() {
	fmt.Printf("%T %v\n", Boiling, Boiling)
	fmt.Printf("%T %v\n", Tuesday, Tuesday)
	a, b, c, d, e := untypedInt, untypedFloat, untypedRune, untypedString, untypedBool
	fmt.Printf("%T %T %T %T %T\n", a, b, c, d, e)
	var f float64 = untypedInt
	var g Celsius = untypedInt / 2
	fmt.Println(f, g, Boiling*2+untypedFloat)
}
