// indexing a string yields bytes, len counts bytes
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Printf("%T %v %c\n", s[0], s[0], s[0])
	fmt.Println(s[1], s[2], string(s[1]))
}
