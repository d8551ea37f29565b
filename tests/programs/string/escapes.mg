// interpreted string escapes and raw strings
package main

import "fmt"

func main() {
	s := "tab\there\nnew \"quoted\" back\\slash \x41\u00e9\U0001F600\101 \a\b\f\v\r"
	fmt.Printf("%q\n", s)
	fmt.Println(len(s))
	raw := `raw\n "string"
second line`
	fmt.Println(raw)
	fmt.Printf("%q\n", raw)
	fmt.Println("\xe4\xb8\x96" == "世")
}
