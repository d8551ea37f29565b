// io.Pipe across goroutines: each write waits for the reader, small reads split a write, Close gives EOF, CloseWithError and writes after the reader closed
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	pr, pw := io.Pipe()
	wrote := make(chan string, 1)
	go func() {
		report := ""
		for _, s := range []string{"hello, ", "pipe ", "world"} {
			n, err := pw.Write([]byte(s))
			report += fmt.Sprint(" wrote ", n, " ", err)
		}
		pw.Close()
		wrote <- report
	}()
	buf := make([]byte, 4)
	for {
		n, err := pr.Read(buf)
		fmt.Printf("read %q %v\n", buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println(<-wrote)

	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("partial"))
		pw.CloseWithError(errors.New("producer failed"))
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)

	pr, pw = io.Pipe()
	pr.Close()
	n, err := pw.Write([]byte("x"))
	fmt.Println(n, err, err == io.ErrClosedPipe)
	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("reader gave up"))
	_, err = pw.Write([]byte("y"))
	fmt.Println(err)
	fmt.Println(pw.Close(), pr.Close())
	_, err = pr.Read(buf)
	fmt.Println(err)
}
