// io.SectionReader (Read, Seek, ReadAt, Size, Outer) and strings.Reader's seeking, rune and byte methods with their errors
package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	src := strings.NewReader("0123456789abcdef")
	s := io.NewSectionReader(src, 4, 8)
	fmt.Println(s.Size())
	data, err := io.ReadAll(s)
	fmt.Printf("%q %v\n", data, err)
	pos, err := s.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	buf := make([]byte, 5)
	n, err := s.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = s.ReadAt(buf, 5)
	fmt.Println(n, err, string(buf[:n]))
	n, err = s.ReadAt(buf, 9)
	fmt.Println(n, err)
	_, err = s.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = s.Seek(0, 9)
	fmt.Println(err)
	_, off, size := s.Outer()
	fmt.Println(off, size)

	r := strings.NewReader("héllo")
	fmt.Println(r.Len(), r.Size())
	ch, sz, err := r.ReadRune()
	fmt.Println(string(ch), sz, err)
	ch, sz, _ = r.ReadRune()
	fmt.Println(string(ch), sz, r.Len())
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Println(b, r.UnreadByte())
	r.Seek(0, io.SeekStart)
	fmt.Println(r.UnreadByte())
	fmt.Println(r.UnreadRune())
	_, err = r.Seek(-1, io.SeekCurrent)
	fmt.Println(err)
	_, err = r.Seek(0, 5)
	fmt.Println(err)
	_, err = r.ReadAt(buf, -1)
	fmt.Println(err)
	r.Seek(100, io.SeekStart)
	n, err = r.Read(buf)
	fmt.Println(n, err, r.Len())
	r.Reset("again")
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println(m, err, sb.String())
}
