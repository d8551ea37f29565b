// checks: a function declaration without a parameter list
package main

func main {
}
