// three panics none recovered print as a chain in order of occurrence
package main

import "fmt"

func main() {
	defer fmt.Println("last defer still runs")
	defer func() { panic(fmt.Errorf("third as error")) }()
	defer func() { panic(3) }()
	panic("first")
}
