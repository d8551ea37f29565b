// widths and precisions count runes, not bytes
package main

import "fmt"

func main() {
	fmt.Printf("[%5s][%-5s][%.2s][%5.1s]\n", "é", "世界", "héllo", "日本")
	fmt.Printf("[%6q][%-8q]\n", "é", "ab")
	fmt.Printf("[%3c][%-4c]|\n", '世', 'é')
	fmt.Printf("[%8v][%-8v]\n", "naïve", "日本語")
}
