// checks: a statement at top level
package main

x := 1

func main() {
}
