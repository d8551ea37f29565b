// checks: two equal constant cases in an expression switch
package main

func main() {
	x := 1
	switch x {
	case 1:
	case 1:
	}
}
