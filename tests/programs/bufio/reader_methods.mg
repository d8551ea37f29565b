// bufio.Reader: ReadString/ReadBytes at EOF, ReadLine with isPrefix on a 16-byte buffer, Peek and ErrBufferFull, ReadRune/UnreadRune, UnreadByte, Discard
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("key=value\nlast"))
	s, err := r.ReadString('=')
	fmt.Printf("%q %v\n", s, err)
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)

	r = bufio.NewReaderSize(strings.NewReader("a line that is longer than sixteen bytes\r\nshort\r\n"), 16)
	fmt.Println(r.Size())
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %v\n", line, isPrefix)
	}

	r = bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnop"), 16)
	p, err := r.Peek(5)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println(err)
	n, err := r.Discard(10)
	fmt.Println(n, err, r.Buffered())
	n, err = r.Discard(100)
	fmt.Println(n, err)

	r = bufio.NewReader(strings.NewReader("日本x"))
	fmt.Println(r.UnreadRune())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	ch, _, _ = r.ReadRune()
	ch, _, _ = r.ReadRune()
	c, err := r.ReadByte()
	fmt.Println(string(ch), string(c), err)
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	c, _ = r.ReadByte()
	_, err = r.ReadByte()
	fmt.Println(string(c), err)
	_, _, err = r.ReadRune()
	fmt.Println(err)

	r = bufio.NewReader(strings.NewReader("read into a slice"))
	buf := make([]byte, 6)
	n, err = r.Read(buf)
	fmt.Printf("%q %v\n", buf[:n], err)
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
}
