// string verbs %s %q %x %X %v with width, precision and flags
package main

import "fmt"

func main() {
	s := "héllo\n"
	fmt.Printf("%s|%q|%x|%X|%v\n", s, s, s, s, s)
	fmt.Printf("[%8s][%-8s][%.2s][%8.3s]\n", "go", "go", "gopher", "gopher")
	fmt.Printf("%#q %#q\n", "back`tick", "plain")
	fmt.Printf("%+q\n", "héllo 世界")
	fmt.Printf("[% x][%#x][% X]\n", "abc", "abc", "xyz")
	b := []byte("bytes")
	fmt.Printf("%s %q %x %v\n", b, b, b, b)
	fmt.Printf("%5.1q|%.0s|\n", "abc", "abc")
}
