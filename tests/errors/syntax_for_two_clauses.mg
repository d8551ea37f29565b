// checks: a for header with init and condition but no post statement
package main

func main() {
	for i := 0; i < 10 {
	}
}
