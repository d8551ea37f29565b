// wc: counts the lines, words and bytes of the file named by the first
// argument, reading it line by line through bufio.Scanner (constant memory).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	lines, words, bytes := 0, 0, 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		words += len(strings.Fields(line))
		bytes += len(line) + 1
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println(lines, words, bytes)
}
