// checks: go of a function literal that is not called
package main

func main() {
	go func() {}
}
