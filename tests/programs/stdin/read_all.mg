// io.ReadAll(os.Stdin) while another goroutine keeps running, and os.Stdin as a real *os.File
package main

import (
	"strings"
	"fmt"
	"io"
	"os"
)

func main() {
	done := make(chan int)
	go func() {
		data, err := io.ReadAll(os.Stdin)
		fmt.Println(len(data), err, strings.Count(string(data), "\n"))
		done <- len(data)
	}()
	fmt.Println("waiting")
	n := <-done
	fmt.Println("got", n)
	fmt.Printf("%T %s %s %s\n", os.Stdin, os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
	buf := make([]byte, 8)
	k, err := os.Stdin.Read(buf)
	fmt.Println(k, err)
	fmt.Fprintln(os.Stdout, "to stdout")
	os.Stdout.WriteString("direct\n")
}
