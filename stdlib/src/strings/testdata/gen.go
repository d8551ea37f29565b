// Generates strings.out: `func<TAB>args as hex (|-separated)<TAB>result`, results
// of slices as hex joined by '|', prefixed by their length.
package main

import (
	"fmt"
	"strings"
)

func list(xs []string) string {
	s := fmt.Sprint(len(xs), ":")
	for i, x := range xs {
		if i > 0 {
			s += "|"
		}
		s += fmt.Sprintf("%x", x)
	}
	return s
}

func main() {
	ss := []string{"", "a", "abc", "a,b,c", ",a,,b,", "héllo wörld", "  lead and trail \t\n", "aaaa", "\xffa\xfe", "ΑΒΓ αβγ", "İstanbul", "ß straße", "Hello, 世界!", "x\u00a0y\u2003z\u0085", "ǅ ǈ ﬀ ᾳ"}
	seps := []string{"", "a", ",", "aa", "l", "é", "\xff", " ", "xyz"}
	for _, s := range ss {
		fmt.Printf("fields\t%x\t%s\n", s, list(strings.Fields(s)))
		fmt.Printf("upper\t%x\t%x\n", s, strings.ToUpper(s))
		fmt.Printf("lower\t%x\t%x\n", s, strings.ToLower(s))
		fmt.Printf("trimspace\t%x\t%x\n", s, strings.TrimSpace(s))
		for _, sep := range seps {
			a := fmt.Sprintf("%x|%x", s, sep)
			fmt.Printf("index\t%s\t%d\n", a, strings.Index(s, sep))
			fmt.Printf("lastindex\t%s\t%d\n", a, strings.LastIndex(s, sep))
			fmt.Printf("count\t%s\t%d\n", a, strings.Count(s, sep))
			fmt.Printf("contains\t%s\t%v\n", a, strings.Contains(s, sep))
			fmt.Printf("prefix\t%s\t%v\n", a, strings.HasPrefix(s, sep))
			fmt.Printf("suffix\t%s\t%v\n", a, strings.HasSuffix(s, sep))
			fmt.Printf("split\t%s\t%s\n", a, list(strings.Split(s, sep)))
			for _, n := range []int{-1, 0, 1, 2, 3} {
				fmt.Printf("splitn\t%s|%d\t%s\n", a, n, list(strings.SplitN(s, sep, n)))
				fmt.Printf("replace\t%s|%d\t%x\n", a, n, strings.Replace(s, sep, "<>", n))
			}
			fmt.Printf("trim\t%s\t%x\n", a, strings.Trim(s, sep))
			fmt.Printf("trimleft\t%s\t%x\n", a, strings.TrimLeft(s, sep))
			fmt.Printf("trimright\t%s\t%x\n", a, strings.TrimRight(s, sep))
			fmt.Printf("trimprefix\t%s\t%x\n", a, strings.TrimPrefix(s, sep))
			fmt.Printf("trimsuffix\t%s\t%x\n", a, strings.TrimSuffix(s, sep))
			fmt.Printf("join\t%s\t%x\n", a, strings.Join(strings.Split(s, ","), sep))
		}
		for _, r := range []rune{'a', 'é', 0xfffd, -1, 0x10ffff + 1, ' ', '世'} {
			fmt.Printf("containsrune\t%x|%d\t%v\n", s, r, strings.ContainsRune(s, r))
		}
		for _, n := range []int{0, 1, 3} {
			fmt.Printf("repeat\t%x|%d\t%x\n", s, n, strings.Repeat(s, n))
		}
		fmt.Printf("indexbyte\t%x\t%d\n", s, strings.IndexByte(s, 'l'))
	}
	pairs := [][2]string{{"Go", "GO"}, {"go", "gO"}, {"ß", "SS"}, {"σ", "ς"}, {"Σ", "ς"}, {"k", "\u212a"}, {"s", "ſ"}, {"İ", "i"}, {"ı", "I"}, {"abc", "abcd"}, {"\xff", "\xfe"}, {"ǅ", "ǆ"}, {"Ǆ", "ǅ"}}
	for _, p := range pairs {
		fmt.Printf("equalfold\t%x|%x\t%v\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
}
