// reading numbers from stdin line by line with bufio.Reader, parsing with strconv, reporting bad lines with their errors
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	sum, n := 0, 0
	for lineNo := 1; ; lineNo++ {
		line, err := r.ReadString('\n')
		if line = strings.TrimSpace(line); line != "" {
			v, perr := strconv.Atoi(line)
			if perr != nil {
				fmt.Printf("line %d: %v\n", lineNo, perr)
			} else {
				sum += v
				n++
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	fmt.Printf("%d numbers, sum %d\n", n, sum)
}
