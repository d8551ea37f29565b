// string(byteSlice) and []byte with non-ASCII and zero bytes
package main

import "fmt"

func main() {
	b := []byte{104, 105, 0, 255, 0xe4, 0xb8, 0x96}
	s := string(b)
	fmt.Println(len(s))
	fmt.Printf("%q\n", s)
	fmt.Printf("% x\n", s)
	for i, r := range s {
		fmt.Println(i, r)
	}
}
