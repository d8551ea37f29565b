// arithmetic on bytes and runes keeps their types and wraps like other integers
package main

import "fmt"

func main() {
	var b byte = 'z'
	b += 10
	fmt.Println(b, string(rune(b)))
	r := 'a'
	r += 25
	fmt.Printf("%c %T\n", r, r)
	digits := "4821"
	sum := 0
	for i := 0; i < len(digits); i++ {
		sum += int(digits[i] - '0')
	}
	fmt.Println(sum)
	upper := []byte("hello")
	for i := range upper {
		upper[i] -= 'a' - 'A'
	}
	fmt.Println(string(upper))
	fmt.Println('x' - 'a', byte(300%256), rune(-1))
}
