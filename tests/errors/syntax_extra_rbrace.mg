// checks: an extra closing brace after a function
package main

func f() int {
	return 1
}}

func main() {
}
