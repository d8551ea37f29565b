// Generates numbers.out: random number-literal spellings scanned by
// go/scanner (the Go compiler reports the same first error at the same
// place): hex(source) <TAB> kind <TAB> literal <TAB> first error offset or
// -1 <TAB> its message.
package main

import (
	"fmt"
	"go/scanner"
	"go/token"
	"math/rand/v2"
	"strings"
)

func main() {
	r := rand.New(rand.NewPCG(19, 7))
	starts := []string{"0", "1", "9", "0x", "0X", "0o", "0O", "0b", "0B", ".", "00", "07", "08", "12", "0_", "1_"}
	pieces := []string{"0", "1", "2", "7", "8", "9", "a", "f", "F", "e", "E", "p", "P", "_", "__", ".", "+", "-", "i", "x", "b", "o", "5"}
	seen := map[string]bool{}
	for n := 0; len(seen) < 8000 && n < 100000; n++ {
		var b strings.Builder
		b.WriteString(starts[r.IntN(len(starts))])
		for k := r.IntN(6); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		src := b.String()
		if src == "." || strings.HasPrefix(src, ".") && (len(src) < 2 || src[1] < '0' || src[1] > '9') {
			continue // not a number start
		}
		if seen[src] {
			continue
		}
		seen[src] = true
		fset := token.NewFileSet()
		file := fset.AddFile("x.go", -1, len(src)+1)
		firstOff, firstMsg := -1, ""
		var s scanner.Scanner
		s.Init(file, []byte(src+"\n"), func(pos token.Position, msg string) {
			if firstOff < 0 {
				firstOff, firstMsg = pos.Offset, msg
			}
		}, 0)
		_, tok, lit := s.Scan()
		fmt.Printf("%x\t%s\t%s\t%d\t%s\n", src, tok, lit, firstOff, firstMsg)
	}
}
