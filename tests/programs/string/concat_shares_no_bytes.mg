// Concatenation and strings.Builder never change a string already made:
// results that share a prefix, self-concatenation, substrings extended,
// constants extended in a loop, map keys whose bytes were extended, and a
// Builder's String() results across later writes and Reset.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	base := "ab" + strconv.Itoa(12)
	x := base + "-x"
	y := base + "-y"
	z := x + "!"
	w := x + "?"
	fmt.Println(base, x, y, z, w, len(base), len(x), len(z))

	s := strconv.Itoa(7)
	s += s
	s += s
	s = s + s[1:3] + s
	fmt.Println(s, len(s))

	long := "hello, world"
	head := long[:5]
	ext := head + "!"
	mid := long[7:] + head
	fmt.Println(long, head, ext, mid)

	parts := []string{}
	for i := 0; i < 5; i++ {
		p := "k"
		p += strconv.Itoa(i)
		q := p + "/" + p
		parts = append(parts, p, q)
	}
	fmt.Println(parts)

	m := map[string]int{}
	key := "id" + strconv.Itoa(1)
	m[key] = 1
	longer := key + "0"
	m[longer] = 10
	key2 := key + "1"
	m[key2] = 11
	fmt.Println(m[key], m[longer], m[key2], m["id1"], m["id10"], m["id11"], len(m))

	acc := ""
	var snapshots []string
	for i := 0; i < 300; i++ {
		acc += strconv.Itoa(i % 10)
		if i%100 == 0 {
			snapshots = append(snapshots, acc)
		}
	}
	fmt.Println(len(acc), acc[:12], acc[len(acc)-5:], snapshots[0], len(snapshots[1]), snapshots[1][95:], len(snapshots[2]))

	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("one")
	first := b.String()
	b.WriteByte(' ')
	b.WriteRune('é')
	b.Write([]byte("two"))
	second := b.String()
	b.WriteString(second)
	third := b.String()
	b.Reset()
	b.WriteString("fresh")
	fmt.Println(first, second, third, b.String(), b.Len(), len(third))
	joined := first + "+" + b.String()
	b.WriteString("er")
	fmt.Println(joined, b.String(), first+b.String())

	var pb *strings.Builder = &strings.Builder{}
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(pb, "%d,", i)
	}
	out := pb.String()
	fmt.Println(pb.Len(), out[:20], out[len(out)-8:])
}
