// interfaces embedding each other through several levels, declared before the levels they embed, with methods returning the outer ones
package main

import "fmt"

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type ReadWriter interface {
	Reader
	Writer
}

type Reader interface{ Read() (string, Stream) }
type Writer interface{ Write(s string) ReadWriteCloser }
type Closer interface{ Close() Reader }

type Stream interface {
	ReadWriteCloser
	Name() string
}

type file struct {
	name string
	data []string
}

func (f *file) Read() (string, Stream) {
	if len(f.data) == 0 {
		return "", f
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s, f
}
func (f *file) Write(s string) ReadWriteCloser { f.data = append(f.data, s); return f }
func (f *file) Close() Reader                  { f.data = nil; return f }
func (f *file) Name() string                   { return f.name }

var std Stream = &file{name: "std"}

func main() {
	var w Writer = std
	w.Write("one").Write("two").Write("three")
	var r Reader = std
	for {
		s, st := r.Read()
		if s == "" {
			fmt.Println("end of", st.Name())
			break
		}
		fmt.Println("read", s)
	}
	var rw ReadWriter = std
	_, ok := rw.(Closer)
	fmt.Println("ReadWriter is a Closer:", ok)
	fmt.Printf("%T %v\n", std.Close(), std.Write("x").Close() != nil)
}
