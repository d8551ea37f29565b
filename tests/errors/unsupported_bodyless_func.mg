// checks: a function declaration without a body
package main

func external(x int) int

func main() {
}
