// Run-time interface checks compare method signatures, not just names:
// a method of the right name but another type does not satisfy an interface.
package main

import (
	"errors"
	"fmt"
)

type Sizer interface{ Size() int }
type Sizer64 interface{ Size() int64 }

type Reader interface{ Read(p []byte) (int, error) }
type ReadCloser interface {
	Reader
	Close() error
}

type File struct{ n int }

func (f File) Size() int64                 { return int64(f.n) }
func (f *File) Read(p []byte) (int, error) { return len(p), nil }
func (f *File) Close() string              { return "closed" }

type Buf struct{ data []byte }

func (b Buf) Size() int { return len(b.data) }

type Wrapped struct{ Buf }

type Named struct{}

func (Named) Size(extra int) int { return extra }

type VarSizer struct{}

func (VarSizer) Size(xs ...int) int { return len(xs) }

type Coder interface {
	error
	Code() int
}

type CodeErr struct{ code string }

func (e CodeErr) Error() string { return "code " + e.code }
func (e CodeErr) Code() string  { return e.code }

type IntCodeErr struct{ code int }

func (e IntCodeErr) Error() string { return fmt.Sprint("int code ", e.code) }
func (e IntCodeErr) Code() int     { return e.code }

type MyErr struct{}

func (MyErr) Error() []byte { return nil }

func describe(x any) string {
	switch v := x.(type) {
	case ReadCloser:
		return "ReadCloser"
	case Sizer:
		return fmt.Sprint("Sizer ", v.Size())
	case Sizer64:
		return fmt.Sprint("Sizer64 ", v.Size())
	case Reader:
		return "Reader"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	values := []any{File{3}, &File{4}, Buf{[]byte("ab")}, &Buf{}, Wrapped{Buf{[]byte("xyz")}}, Named{}, VarSizer{}, MyErr{}}
	for _, x := range values {
		_, s := x.(Sizer)
		_, s64 := x.(Sizer64)
		_, r := x.(Reader)
		_, rc := x.(ReadCloser)
		_, e := x.(error)
		fmt.Printf("%-15T Sizer=%-5v Sizer64=%-5v Reader=%-5v ReadCloser=%-5v error=%-5v %s\n", x, s, s64, r, rc, e, describe(x))
	}
	// Twice through the same pair (the result is cached): still false.
	for i := 0; i < 2; i++ {
		_, ok := any(Named{}).(Sizer)
		fmt.Println("Named is Sizer:", ok)
	}
	var target Coder
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", CodeErr{"E1"}), &target), target == nil)
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", IntCodeErr{7}), &target), target)
	defer func() {
		fmt.Println("recovered:", recover())
		var rc any = &File{}
		_ = rc.(ReadCloser)
	}()
	_ = values[5].(Sizer)
}
