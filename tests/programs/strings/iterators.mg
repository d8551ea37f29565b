// strings.Lines, SplitSeq, SplitAfterSeq, FieldsSeq and FieldsFuncSeq: the pieces Go yields, early exit, a sequence ranged over twice (Lines and SplitSeq consume their string as Go's do), f called rune by rune
package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "first line\nsecond\n\nlast without newline"
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	for line := range strings.Lines("a\nb\n") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for part := range strings.SplitSeq("héllo\xff!", "") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for part := range strings.SplitAfterSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for part := range strings.SplitSeq("", ",") {
		fmt.Printf("empty input gives %q\n", part)
	}
	for f := range strings.FieldsSeq("  lots   of\tspace\u00a0here \n") {
		fmt.Printf("%q ", f)
	}
	fmt.Println()
	isSep := func(r rune) bool {
		fmt.Printf("[%c]", r)
		return r < 'a' || r > 'z'
	}
	for f := range strings.FieldsFuncSeq("ab1cd;;e", isSep) {
		fmt.Printf(" -> %q\n", f)
		if f == "cd" {
			break
		}
	}
	fmt.Println()

	lines := strings.Lines("one\ntwo\nthree\n")
	for l := range lines {
		fmt.Printf("first pass %q\n", l)
		if strings.HasPrefix(l, "two") {
			break
		}
	}
	for l := range lines {
		fmt.Printf("second pass %q\n", l)
	}
	parts := strings.SplitSeq("x-y-z", "-")
	for p := range parts {
		fmt.Println("parts first", p)
		break
	}
	for p := range parts {
		fmt.Println("parts again", p)
	}
	for p := range parts {
		fmt.Println("parts third", p)
	}
	fields := strings.FieldsSeq("re use")
	fmt.Println(len(strings.Fields("re use")))
	for range 2 {
		for f := range fields {
			fmt.Print(f, ";")
		}
	}
	fmt.Println()
}
