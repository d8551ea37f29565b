// fmt recovers panics from Error and String methods, including runtime errors
package main

import "fmt"

type NilField struct{ p *int }

func (n NilField) String() string { return fmt.Sprint(*n.p) }

type Loud struct{}

func (Loud) Error() string { panic("error method exploded") }

func main() {
	fmt.Println(NilField{})
	fmt.Printf("[%s]\n", Loud{})
	s := fmt.Sprintf("%v and %d", Loud{}, 5)
	fmt.Println(s)
	fmt.Println("no crash")
}
