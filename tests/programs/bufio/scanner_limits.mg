// bufio.Scanner's token size limit: Buffer with a small maximum, Go's "token too long" error, lines exactly at the limit, and Buffer/Split after Scan panicking
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func lines(input string, max int) {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Buffer(make([]byte, 0, 4), max)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d:%d ", n, len(sc.Text()))
	}
	fmt.Println("err:", sc.Err())
}

func main() {
	lines("short\nlines\n", 16)
	lines(strings.Repeat("x", 15)+"\n"+"ok\n", 16)
	lines(strings.Repeat("x", 16)+"\n"+"ok\n", 16)
	lines(strings.Repeat("y", 40), 16)
	lines(strings.Repeat("z", 16), 16)

	big := strings.Repeat("w", bufio.MaxScanTokenSize)
	sc := bufio.NewScanner(strings.NewReader(big + "\n"))
	fmt.Println(sc.Scan(), len(sc.Text()), sc.Err())
	sc = bufio.NewScanner(strings.NewReader(big[:bufio.MaxScanTokenSize-1] + "\nnext\n"))
	fmt.Println(sc.Scan(), len(sc.Text()), sc.Scan(), sc.Text())

	defer func() { fmt.Println("recovered:", recover()) }()
	sc = bufio.NewScanner(strings.NewReader("a"))
	sc.Scan()
	fmt.Println(sc.Scan(), sc.Scan())
	sc.Buffer(nil, 10)
}
