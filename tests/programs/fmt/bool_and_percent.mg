// %t for booleans, %% for a literal percent, %v of bool
package main

import "fmt"

func main() {
	fmt.Printf("%t %t %v %%\n", true, false, true)
	fmt.Printf("[%6t][%-6t]\n", true, false)
	fmt.Printf("100%%\n")
	fmt.Printf("%d%%s\n", 5)
	fmt.Println(fmt.Sprintf("%%d %d", 1))
}
