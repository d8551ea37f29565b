// a Stringer panic value prints its String text; Error wins when both exist
package main

type Temp float64

func (t Temp) String() string { return "temperature too high" }

type Both struct{}

func (Both) String() string { return "string form" }
func (Both) Error() string  { return "error form" }

func main() {
	defer func() { panic(Both{}) }()
	panic(Temp(99.5))
}
