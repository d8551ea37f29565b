// Package fmt implements formatted I/O with functions analogous to C's printf and scanf.
package fmt

import "io"

// Stringer is implemented by any value that has a String method, which defines
// the "native" format for that value.
type Stringer interface {
	String() string
}

// Print formats using the default formats for its operands and writes to standard output.
func Print(a ...any) (n int, err error)

// Println formats using the default formats for its operands and writes to standard output.
// Spaces are always added between operands and a newline is appended.
func Println(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error)

// Sprint formats using the default formats for its operands and returns the resulting string.
func Sprint(a ...any) string

// Sprintln formats using the default formats for its operands and returns the resulting string.
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Errorf formats according to a format specifier and returns the string as a value
// that satisfies error. A %w verb wraps its operand.
func Errorf(format string, a ...any) error

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error)

// Fprintln formats using the default formats for its operands and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error)

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
