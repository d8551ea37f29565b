// checks: string bytes are not assignable
package main

func main() {
	s := "abc"
	s[0] = 'x'
	println(s)
}
