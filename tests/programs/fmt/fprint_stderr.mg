// Fprint, Fprintln and Fprintf write to os.Stdout and os.Stderr
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprintf(os.Stderr, "formatted %05.1f\n", 3.14159)
	fmt.Fprint(os.Stdout, "no newline ", 4, "\n")
	n, err := fmt.Fprintf(os.Stdout, "%s\n", "héllo")
	fmt.Println(n, err)
	fmt.Fprint(os.Stderr, "last", "\n")
}
