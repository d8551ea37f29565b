// bufio.Writer's calls to the writer below (sizes of each Write), large writes bypassing an empty buffer, and a write error sticking
package main

import (
	"bufio"
	"errors"
	"fmt"
)

type logWriter struct {
	calls []int
	fail  bool
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, len(p))
	if w.fail {
		return 1, errors.New("disk full")
	}
	return len(p), nil
}

func main() {
	lw := &logWriter{}
	w := bufio.NewWriterSize(lw, 8)
	w.WriteString("abc")
	w.WriteString("defgh")
	fmt.Println(lw.calls, w.Buffered(), w.Available())
	w.WriteString("i")
	fmt.Println(lw.calls, w.Buffered())
	w.Write([]byte("0123456789012"))
	fmt.Println(lw.calls, w.Buffered())
	w.Flush()
	w.Write([]byte("a much longer write than eight"))
	fmt.Println(lw.calls, w.Buffered())
	fmt.Println(w.WriteRune('世'))
	fmt.Println(w.WriteRune('A'))
	fmt.Println(w.Flush(), lw.calls)
	buf := w.AvailableBuffer()
	fmt.Println(len(buf), cap(buf))

	bad := &logWriter{fail: true}
	w = bufio.NewWriterSize(bad, 4)
	n, err := w.WriteString("abcdef")
	fmt.Println(n, err)
	fmt.Println(w.Flush())
	fmt.Println(w.WriteByte('x'))
	n, err = w.Write([]byte("more"))
	fmt.Println(n, err, bad.calls)
	w.Reset(&logWriter{})
	fmt.Println(w.Buffered(), w.Flush())

	fmt.Println(bufio.NewWriterSize(w, 2) == w, bufio.NewWriterSize(w, 100) == w)
	fmt.Println(bufio.NewWriterSize(&logWriter{}, 0).Size(), bufio.NewWriter(&logWriter{}).Size())
	fmt.Println(bufio.NewReaderSize(nil, 3).Size())
}
