// path/filepath and path lexical functions: Clean, Join, Split, Base, Dir, Ext, IsAbs, Rel (and its errors), SplitList, VolumeName, IsLocal, Match with bad patterns
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "a//b", "a/./b/", "a/../..", "/../x", "../../a/b/../c", "a/b/c/../../d", "abc/", "/a/b/."} {
		d, f := filepath.Split(p)
		fmt.Printf("%-16q clean=%q base=%q dir=%q split=%q,%q ext=%q abs=%v local=%v\n", p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), d, f, filepath.Ext(p), filepath.IsAbs(p), filepath.IsLocal(p))
	}
	fmt.Printf("%q %q %q %q\n", filepath.Join(), filepath.Join("", ""), filepath.Join("a", "", "b/", "../c"), filepath.Join("/", "x"))
	fmt.Printf("%q %q %q\n", path.Join("a", "b"), path.Ext("x.tar.gz"), path.Ext("dir.d/file"))
	for _, pair := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {".", "a/b"}, {"a/b", "."}, {"/a", "b"}, {"../a", "b"}, {"a/b/..", "a"}, {"/", "/x/y"}, {"x", "x"}} {
		rel, err := filepath.Rel(pair[0], pair[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", pair[0], pair[1], rel, err)
	}
	fmt.Printf("%q %q %q\n", filepath.SplitList(""), filepath.SplitList("/bin:/usr/bin"), filepath.SplitList(":a:"))
	fmt.Printf("%q %q %q\n", filepath.VolumeName("/x"), filepath.ToSlash("a/b"), filepath.FromSlash("a/b"))
	patterns := [][2]string{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"a?c", "abc"}, {"a?c", "a/c"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"},
		{"[!a]", "b"}, {"\\*", "*"}, {"[", "a"}, {"a[", "b"}, {"[]", "a"}, {"[a-]", "a"}, {"x\\", "x"}, {"*x*", "axb"}, {"*/b", "a/b"}, {"a*", "ab/c"}, {"[\\]]", "]"}, {"日*", "日本"}, {"[日-語]", "本"}}
	for _, pm := range patterns {
		m1, e1 := filepath.Match(pm[0], pm[1])
		m2, e2 := path.Match(pm[0], pm[1])
		fmt.Printf("Match(%q, %q) = %v %v | %v %v\n", pm[0], pm[1], m1, e1, m2, e2)
	}
	fmt.Println(filepath.ErrBadPattern, path.ErrBadPattern == filepath.ErrBadPattern, string(filepath.Separator), string(filepath.ListSeparator))
}
