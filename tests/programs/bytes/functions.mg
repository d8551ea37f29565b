// bytes functions mirroring strings: Equal, Compare, Index, Contains, Count, prefixes and suffixes, TrimSpace (nil results), Fields (capacities), Join, Cut, Clone, EqualFold
package main

import (
	"bytes"
	"fmt"
)

func main() {
	a, b := []byte("gopher"), []byte("go")
	fmt.Println(bytes.Equal(a, b), bytes.Equal(nil, []byte{}), bytes.Compare(a, b), bytes.Compare(b, a), bytes.Compare(nil, nil))
	fmt.Println(bytes.Index(a, []byte("ph")), bytes.Index(a, nil), bytes.LastIndex([]byte("go gopher"), b), bytes.IndexByte(a, 'h'), bytes.IndexByte(a, 'z'))
	fmt.Println(bytes.Contains(a, []byte("her")), bytes.ContainsRune([]byte("héllo"), 'é'), bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil))
	fmt.Println(bytes.HasPrefix(a, b), bytes.HasSuffix(a, []byte("er")), bytes.HasPrefix(b, a))
	fmt.Printf("%q %q\n", bytes.TrimPrefix(a, b), bytes.TrimSuffix(a, []byte("x")))

	for _, s := range []string{"  padded\t\n", "", "   ", "\u00a0uni\u3000", "x", " \xff "} {
		t := bytes.TrimSpace([]byte(s))
		fmt.Printf("%q nil=%v\n", t, t == nil)
	}
	orig := []byte("  one two\u2003three  ")
	fields := bytes.Fields(orig)
	fmt.Println(len(fields), cap(fields))
	for _, f := range fields {
		fmt.Printf("%q len=%d cap=%d\n", f, len(f), cap(f))
	}
	empty := bytes.Fields([]byte("   "))
	fmt.Println(len(empty), empty == nil)
	fields[0][0] = 'O'
	fmt.Printf("%q\n", orig)

	joined := bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", "))
	fmt.Printf("%q %d %d\n", joined, len(joined), cap(joined))
	one := bytes.Join([][]byte{[]byte("solo")}, []byte("-"))
	fmt.Printf("%q %d\n", one, len(one))
	none := bytes.Join(nil, []byte("-"))
	fmt.Println(len(none), none == nil)

	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %q %v %v\n", before, after, found, after == nil)
	c := bytes.Clone(a)
	c[0] = 'G'
	fmt.Println(string(a), string(c), bytes.Clone(nil) == nil, len(bytes.Clone([]byte{})))
	fmt.Println(bytes.EqualFold([]byte("Gopher"), []byte("GOPHER")), bytes.EqualFold([]byte("a"), []byte("b")))
}
