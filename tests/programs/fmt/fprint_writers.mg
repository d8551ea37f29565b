// Fprint, Fprintln and Fprintf write through any io.Writer: strings.Builder, user types, files
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type recorder struct {
	writes []string
	total  int
}

func (r *recorder) Write(p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	r.total += len(p)
	return len(p), nil
}

type full struct{ limit int }

func (f *full) Write(p []byte) (int, error) {
	if len(p) > f.limit {
		return f.limit, errors.New("disk full")
	}
	f.limit -= len(p)
	return len(p), nil
}

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("<%d,%d>", p.x, p.y) }

func main() {
	var sb strings.Builder
	fmt.Fprint(&sb, "a", 1, 2, "b")
	fmt.Fprintln(&sb, " line", point{1, 2})
	n, err := fmt.Fprintf(&sb, "%05.1f|%v", 3.14159, []point{{3, 4}})
	fmt.Println(n, err)
	fmt.Printf("%q\n", sb.String())

	r := &recorder{}
	fmt.Fprintf(r, "x=%d ", 42)
	fmt.Fprintln(r, "done", point{5, 6})
	fmt.Println(r.writes, r.total)

	f := &full{limit: 8}
	n, err = fmt.Fprint(f, "hello")
	fmt.Println(n, err)
	n, err = fmt.Fprint(f, "world!")
	fmt.Println(n, err)

	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
}
