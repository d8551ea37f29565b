// wrong verbs, missing and extra arguments produce %!verb(type=value) markers
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "two", 3.0)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", []int{1})
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Println(fmt.Sprintf("%d", []string{"a"}))
}
