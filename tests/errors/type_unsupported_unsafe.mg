// checks: package unsafe is outside minigo
package main

import "unsafe"

func main() {
	println(unsafe.Sizeof(1))
}
