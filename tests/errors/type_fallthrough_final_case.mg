// checks: fallthrough in the last switch case
package main

func main() {
	switch 1 {
	case 1:
		fallthrough
	}
}
