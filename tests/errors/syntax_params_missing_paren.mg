// checks: a parameter list without its closing parenthesis
package main

func f(a int {
}

func main() {
}
