// search functions with empty strings, overlapping matches and multibyte text
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Index("", ""), strings.Index("abc", "abcd"), strings.LastIndex("aaa", "aa"))
	fmt.Println(strings.Count("", ""), strings.Count("héllo", ""), strings.Count("ababab", "aba"))
	fmt.Println(strings.HasPrefix("", ""), strings.HasSuffix("a", "ab"), strings.Contains("日本語", "本"))
	fmt.Println(strings.IndexByte("héllo", 0xa9), strings.ContainsRune("abc", 'é'), strings.Index("x日本", "本"))
	fmt.Printf("%q %q\n", strings.SplitN("a,b,c", ",", 2), strings.SplitN("", ",", 2))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Println(strings.EqualFold("", ""), strings.EqualFold("K", "\u212a"))
}
