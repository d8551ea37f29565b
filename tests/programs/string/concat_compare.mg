// string concatenation, += and lexicographic byte comparison
package main

import "fmt"

func main() {
	s := "go"
	t := s
	s += "pher"
	fmt.Println(s, t, s+"!"+t)
	fmt.Println("a" < "b", "ab" < "b", "abc" < "ab", "" < "a", "Z" < "a")
	fmt.Println("é" > "z", "go" == "g"+"o", s != t)
	words := []string{"pear", "Apple", "apple", "fig"}
	least := words[0]
	for _, w := range words {
		if w < least {
			least = w
		}
	}
	fmt.Println(least)
}
