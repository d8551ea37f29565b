// checks: methods can only be declared on types of this package
package main

func (x int) Double() int { return x * 2 }

func main() {
}
