// bytes.Buffer: writes of every kind, reads, Next, Peek, unread rules and their errors, Truncate, Grow and capacities, ReadFrom/WriteTo
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello")
	fmt.Println(b.Len(), b.Cap(), b.Available())
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("界!"))
	fmt.Fprintf(&b, " %d", 42)
	fmt.Printf("%q %d\n", b.String(), b.Len())

	p, err := b.Peek(5)
	fmt.Printf("%q %v\n", p, err)
	fmt.Printf("%q\n", b.Next(6))
	r, size, err := b.ReadRune()
	fmt.Println(string(r), size, err)
	fmt.Println(b.UnreadRune(), b.UnreadRune())
	c, _ := b.ReadByte()
	fmt.Println(c, b.UnreadByte(), b.UnreadByte())
	line, err := b.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	rest, err := b.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	n, err := b.Read(make([]byte, 4))
	fmt.Println(n, err, b.Len())
	n, err = b.Read(nil)
	fmt.Println(n, err)

	b.Reset()
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= 100)
	b.WriteString("0123456789")
	b.Truncate(4)
	fmt.Println(b.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Truncate(10)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.Grow(-1)
	}()

	var big bytes.Buffer
	caps := []int{}
	for i := 0; i < 40; i++ {
		big.WriteString("0123456789abcdef")
		if len(caps) == 0 || caps[len(caps)-1] != big.Cap() {
			caps = append(caps, big.Cap())
		}
	}
	fmt.Println(big.Len(), caps)

	src := strings.NewReader(strings.Repeat("x", 1500))
	var rf bytes.Buffer
	m, err := rf.ReadFrom(src)
	fmt.Println(m, err, rf.Len(), rf.Cap())
	k, err := rf.WriteTo(io.Discard)
	fmt.Println(k, err, rf.Len())

	nb := bytes.NewBufferString("from string")
	fmt.Println(nb.Len(), nb.String())
	nb2 := bytes.NewBuffer([]byte("abc"))
	nb2.WriteString("def")
	fmt.Println(nb2.String(), len(nb2.Bytes()))
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	nb2.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(bytes.MinRead, bytes.ErrTooLarge)
}
