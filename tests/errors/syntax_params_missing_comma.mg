// checks: parameters without a comma between them
package main

func f(a int b int) {}

func main() {
}
