// checks: nil has no type to infer
package main

func main() {
	x := nil
	_ = x
}
