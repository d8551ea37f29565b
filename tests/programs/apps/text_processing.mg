// text processing: word frequencies, rune classes, caesar cipher, line wrapping
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

const text = `The quick brown fox — jumps over the lazy dog.
Ünïcödé text: naïve café, résumé; the END.
	Tabs	and  spaces   everywhere!`

func wrap(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(s) {
		if cur.Len() > 0 && cur.Len()+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func caesar(s string, k int) string {
	b := []rune(s)
	for i, r := range b {
		switch {
		case r >= 'a' && r <= 'z':
			b[i] = 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			b[i] = 'A' + (r-'A'+rune(k)+26)%26
		}
	}
	return string(b)
}

func main() {
	freq := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;:!—")
		if w != "" {
			freq[w]++
		}
	}
	words := make([]string, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if freq[words[i]] != freq[words[j]] {
			return freq[words[i]] > freq[words[j]]
		}
		return words[i] < words[j]
	})
	for _, w := range words[:6] {
		fmt.Printf("%-8q %d\n", w, freq[w])
	}
	fmt.Println(len(text), utf8.RuneCountInString(text), utf8.ValidString(text), utf8.ValidString("\xff"))
	for i, r := range "añ€😀\xffz" {
		fmt.Printf("%d:%c:%U:%d ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(r, size, string(r))
	for _, l := range wrap(text, 20) {
		fmt.Printf("|%-20s|\n", l)
	}
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")), strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  \t a  b\n c "))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.TrimSpace("\t hi \n"))
	fmt.Println(strings.Repeat("ab", 3), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.ToUpper("ñandú"))
	fmt.Printf("%x % x %X %q %+q\n", "héllo", "hi", []byte("hi"), 'é', "é")
}
