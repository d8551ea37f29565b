// fmt corner cases: Stringer/error on value and pointer receivers, nested
// pointers, embedded structs, bad verbs, missing and extra arguments.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Node struct {
	Val  int
	Next *Node
}

type PS struct{ name string }

func (p *PS) String() string { return "PS(" + p.name + ")" }

type Base struct{ ID int }
type Derived struct {
	Base
	Name  string
	Tags  []string
	Attrs map[string]int
	Err   error
	Any   any
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("myerr ", e.Code) }

type Bits uint8

func main() {
	temps := []Celsius{21.5, -3}
	fmt.Println(temps, Celsius(0))
	fmt.Printf("%v %s %d %.2f %q\n", temps[0], temps[0], temps[0], temps[0], temps[0])
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v %v\n", *n.Next, *n.Next, n.Next.Next == nil)
	ps := PS{"x"}
	fmt.Println(ps, &ps, []*PS{&ps}[0].name)
	fmt.Printf("%v %s\n", ps, &ps)
	d := Derived{Base{7}, "d", nil, map[string]int{"b": 2, "a": 1}, &MyErr{3}, Celsius(5)}
	fmt.Printf("%v\n%+v\n", d, d)
	fmt.Printf("%#v\n", Base{1})
	fmt.Printf("%d %s\n", "str", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%!\n")
	fmt.Printf("%z %-5t| %05s %.2s %5.1q\n", 3, true, "ab", "hello", "hello")
	fmt.Printf("%x %X %x % X %#x\n", "hi", []byte("hi"), -42, []byte{1, 171}, "hi")
	fmt.Printf("%c %U %#U %q %+q\n", 0x1F600, 0x1F600, 'ä', 'ä', 'ä')
	fmt.Printf("%t %v %p\n", false, nil, nil)
	fmt.Printf("%6.2v|%-6v|%06d|%+d|% d|%x\n", 3.14159, 42, -42, 5, 5, Bits(255))
	fmt.Printf("%v %d %s\n", []any{1, "a", nil, 2.5}, []int8{-1, 2}, []string{"a", "b"})
	fmt.Printf("%08.3f|%-8.2e|%+.0f|%#.0f\n", -3.14159, 1234.5, 2.5, 3.0)
	fmt.Printf("%3c|%-3c|%03d|%.3d|%8.3d\n", 'x', 'y', 7, 7, -7)
	var e error = &MyErr{9}
	wrapped := fmt.Errorf("ctx %d: %w", 1, e)
	var target *MyErr
	fmt.Println(wrapped, errors.As(wrapped, &target), target.Code)
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	fmt.Fprintf(os.Stdout, "%s|%v|%d\n", error(nil), error(nil), []any{nil})
	var np *Node
	var ni fmt.Stringer
	fmt.Println(np, ni, []*Node{nil}, map[string]*Node{"a": nil})
	fmt.Printf("%v %+v %T %T\n", np, ni, np, ni)
	fmt.Print("a", 1, 2, "b", "c", 3.5, nil, '\n')
	fmt.Print("\n")
	s := fmt.Sprintln("x", 1, true)
	fmt.Print(len(s), s)
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%v %x %X\n", int64(-1)<<63, uint64(1)<<63, -255)
	fmt.Printf("%o %O %#o %b\n", 64, 64, 64, -3)
	fmt.Printf("%5.2f%%\n", 99.567)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159)
}
