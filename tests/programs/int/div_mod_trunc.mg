// integer division truncates toward zero and the remainder has the dividend's sign
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 7}}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], p[0]/p[1], p[0]%p[1])
	}
	var a int8 = -128
	var b int8 = 3
	fmt.Println(a/b, a%b)
	var u uint8 = 250
	fmt.Println(u/7, u%7)
}
