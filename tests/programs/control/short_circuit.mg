// && and || evaluate their right operand only when needed
package main

import "fmt"

func t(name string) bool { fmt.Print(name, " "); return true }
func f(name string) bool { fmt.Print(name, " "); return false }

func main() {
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("a") || f("b"))
	fmt.Println(t("a") && f("b") || t("c"))
	fmt.Println(f("a") || f("b") && t("c"))
	var m map[string]int
	if m != nil && m["x"] > 0 {
		fmt.Println("unreachable")
	}
	fmt.Println(!t("x") == false)
}
