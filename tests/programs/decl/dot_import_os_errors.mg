// checks: dot imports of errors, fmt and os: package variables read and assigned unqualified, error values compared, Exit with a code
package main

import (
	. "errors"
	. "fmt"
	. "os"
)

var ErrEmpty = New("empty")

func check(s string) error {
	if s == "" {
		return Errorf("check: %w", ErrEmpty)
	}
	return nil
}

func main() {
	err := check("")
	Println(err, Is(err, ErrEmpty), Unwrap(err) == ErrEmpty)
	Println(len(Args) > 0)
	saved := Args
	Args = []string{"replaced"}
	Println(Args, len(saved) > 0)
	Fprintln(Stderr, "to stderr")
	defer Println("deferred, never runs")
	Exit(3)
}
