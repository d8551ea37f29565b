// output written without a trailing newline before os.Exit still appears
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("partial line on stdout")
	fmt.Fprint(os.Stderr, "partial line on stderr")
	print(" and builtin print")
	os.Exit(5)
}
