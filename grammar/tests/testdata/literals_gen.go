// Generates literals.out: random rune and interpreted-string literals (with
// escapes good and bad, quotes, non-ASCII text), each checked by the real Go
// compiler: `go build -gcflags=-e` on a file with one literal per line gives
// the first error of each line (column and message), and a second program
// prints the value of each literal that compiled.
// Rows: hex(literal) <TAB> error offset in the literal or -1 <TAB> message
// <TAB> value (bytes in hex for strings, the code point for runes).
// Run from this directory: go run literals_gen.go > literals.out
package main

import (
	"bufio"
	"fmt"
	"go/scanner"
	"go/token"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	r := rand.New(rand.NewPCG(19, 11))
	pieces := []string{"a", "é", "日", "\\n", "\\t", "\\\\", "\\'", "\\\"", "\\x41", "\\xff", "\\x4", "\\xg1", "\\101", "\\377", "\\400", "\\18",
		"\\u00e9", "\\u12", "\\uD800", "\\uDFFF", "\\U0010FFFF", "\\U00110000", "\\U0001F600", "\\ud7ff", "\\q", "\\ ", "\\a", "\\v", "\\8", "'", "\"", " ", "\\u00zz", "\\U1"}
	var lits []string
	seen := map[string]bool{}
	for len(lits) < 3000 {
		quote := "'"
		if r.IntN(2) == 0 {
			quote = "\""
		}
		body := ""
		for k := r.IntN(4); k > 0; k-- {
			body += pieces[r.IntN(len(pieces))]
		}
		lit := quote + body + quote
		if !oneToken(lit) {
			continue // a quote inside ends the literal early
		}
		if !seen[lit] {
			seen[lit] = true
			lits = append(lits, lit)
		}
	}
	dir, err := os.MkdirTemp("", "literals")
	check(err)
	defer os.RemoveAll(dir)
	check(os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module m\n\ngo 1.27\n"), 0o644))
	var src strings.Builder
	src.WriteString("package main\n\nfunc main() {}\n\n")
	const firstLine = 5
	for _, lit := range lits {
		src.WriteString("var _ = " + lit + "\n")
	}
	check(os.WriteFile(filepath.Join(dir, "main.go"), []byte(src.String()), 0o644))
	cmd := exec.Command("go", "build", "-gcflags=-e", "-o", os.DevNull, ".")
	cmd.Dir = dir
	out, _ := cmd.CombinedOutput()
	firstErr := map[int][2]string{}
	lineRe := regexp.MustCompile(`^\./main\.go:(\d+):(\d+): (.*)$`)
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		m := lineRe.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		line, _ := strconv.Atoi(m[1])
		if _, ok := firstErr[line]; !ok {
			col, _ := strconv.Atoi(m[2])
			firstErr[line] = [2]string{strconv.Itoa(col - len("var _ = ") - 1), m[3]}
		}
	}
	// Values of the literals that compiled.
	var prog strings.Builder
	prog.WriteString("package main\n\nimport \"fmt\"\n\nfunc main() {\n")
	for i, lit := range lits {
		if _, bad := firstErr[firstLine+i]; bad {
			continue
		}
		if lit[0] == '\'' {
			prog.WriteString(fmt.Sprintf("\tfmt.Println(%d, int32(%s))\n", i, lit))
		} else {
			prog.WriteString(fmt.Sprintf("\tfmt.Printf(\"%%d %%x\\n\", %d, %s)\n", i, lit))
		}
	}
	prog.WriteString("}\n")
	check(os.WriteFile(filepath.Join(dir, "main.go"), []byte(prog.String()), 0o644))
	run := exec.Command("go", "run", ".")
	run.Dir = dir
	vals, err := run.CombinedOutput()
	if err != nil {
		fmt.Fprintln(os.Stderr, string(vals))
		panic(err)
	}
	values := map[int]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(vals)), "\n") {
		i, v, _ := strings.Cut(line, " ")
		n, _ := strconv.Atoi(i)
		values[n] = v
	}
	for i, lit := range lits {
		if e, bad := firstErr[firstLine+i]; bad {
			fmt.Printf("%x\t%s\t%s\t\n", lit, e[0], e[1])
		} else {
			fmt.Printf("%x\t-1\t\t%s\n", lit, values[i])
		}
	}
}

// oneToken reports whether Go's scanner reads all of lit as one literal.
func oneToken(lit string) bool {
	fset := token.NewFileSet()
	file := fset.AddFile("x.go", -1, len(lit)+1)
	var s scanner.Scanner
	s.Init(file, []byte(lit+"\n"), func(token.Position, string) {}, 0)
	_, _, text := s.Scan()
	return len(text) == len(lit)
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}
