// Sprintf, Sprint, Sprintln and Errorf build strings and errors without printing
package main

import "fmt"

func main() {
	a := fmt.Sprintf("%s-%d-%.1f", "x", 7, 2.25)
	b := fmt.Sprint("n=", 5)
	c := fmt.Sprintln("end", 1)
	err := fmt.Errorf("failed after %d tries: %s", 3, "timeout")
	fmt.Printf("%q %q %q\n", a, b, c)
	fmt.Println(err, err.Error() == "failed after 3 tries: timeout")
	fmt.Printf("%T\n", err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
}
