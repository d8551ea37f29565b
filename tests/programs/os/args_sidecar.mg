// command-line arguments given one per line (one with spaces, one empty), and a tiny flag-like parser over os.Args
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	args := os.Args[1:]
	fmt.Println(len(args))
	for i, a := range args {
		fmt.Printf("%d %q\n", i, a)
	}
	verbose := false
	var files []string
	for _, a := range args {
		switch {
		case a == "-v":
			verbose = true
		case strings.HasPrefix(a, "-"):
			fmt.Println("unknown flag", a)
		default:
			files = append(files, a)
		}
	}
	fmt.Println(verbose, files)
}
