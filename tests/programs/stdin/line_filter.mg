// a grep-like line filter over piped stdin: numbered matching lines, counts, CRLF and a last line without newline
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	total, matched := 0, 0
	for sc.Scan() {
		total++
		line := sc.Text()
		if strings.Contains(strings.ToLower(line), "go") {
			matched++
			fmt.Printf("%3d: %s\n", total, line)
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "read error:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "%d of %d lines matched\n", matched, total)
}
