// checks: struct fields separated by a comma
package main

type T struct { a int, b int }

func main() {
}
