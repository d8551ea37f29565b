// checks: an extra closing parenthesis after a call
package main

import "fmt"

func main() {
	fmt.Println("hi"))
}
