// checks: returning more values than the function declares
package main

func f() int {
	return 1, 2
}

func main() {
	println(f())
}
