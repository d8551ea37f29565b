// reading a file line by line with bufio.Scanner and with bufio.Reader.ReadString, a last line without newline included
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	text := "alpha beta\n\ngamma\r\ndelta epsilon zeta\nlast"
	if err := os.WriteFile("input.txt", []byte(text), 0644); err != nil {
		fmt.Println(err)
		return
	}

	f, err := os.Open("input.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	sc := bufio.NewScanner(f)
	lines, words := 0, 0
	for sc.Scan() {
		lines++
		words += len(strings.Fields(sc.Text()))
		fmt.Printf("%d %q\n", lines, sc.Text())
	}
	fmt.Println("lines", lines, "words", words, "err", sc.Err())
	f.Close()

	f, _ = os.Open("input.txt")
	defer f.Close()
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
}
