// io helpers over strings.Reader: Copy, CopyN, ReadFull, ReadAtLeast, LimitReader, TeeReader, MultiReader, MultiWriter, Discard, NopCloser, WriteString
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type collect struct{ parts []string }

func (c *collect) Write(p []byte) (int, error) {
	c.parts = append(c.parts, string(p))
	return len(p), nil
}

func main() {
	var sb strings.Builder
	n, err := io.Copy(&sb, strings.NewReader("copied whole"))
	fmt.Println(n, err, sb.String())

	sb.Reset()
	n, err = io.CopyN(&sb, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, sb.String())
	n, err = io.CopyN(&sb, strings.NewReader("ab"), 5)
	fmt.Println(n, err)

	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("abcdef"), buf)
	fmt.Println(k, err, string(buf[:k]))
	k, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 8)
	fmt.Println(k, err)

	data, err := io.ReadAll(io.LimitReader(strings.NewReader("limited reader"), 7))
	fmt.Printf("%q %v\n", data, err)

	var tee strings.Builder
	data, _ = io.ReadAll(io.TeeReader(strings.NewReader("teed"), &tee))
	fmt.Println(string(data), tee.String())

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	data, _ = io.ReadAll(mr)
	fmt.Printf("%q\n", data)

	c1, c2 := &collect{}, &collect{}
	w := io.MultiWriter(c1, c2)
	fmt.Fprintf(w, "x=%d", 1)
	io.WriteString(w, "!")
	fmt.Println(c1.parts, c2.parts)

	n, err = io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(n, err)
	rc := io.NopCloser(strings.NewReader("z"))
	fmt.Println(rc.Close())
	k, err = io.WriteString(os.Stdout, "straight to stdout\n")
	fmt.Println(k, err)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe)
}
