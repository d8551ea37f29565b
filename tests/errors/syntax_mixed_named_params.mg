// checks: named and unnamed parameters mixed
package main

func f(a int, string) {
}

func main() {
}
