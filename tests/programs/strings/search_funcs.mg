// Contains, ContainsRune, Count, Index, IndexByte, LastIndex, HasPrefix, HasSuffix
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken kitchen"
	fmt.Println(strings.Contains(s, "kit"), strings.Contains(s, ""), strings.Contains("", "a"))
	fmt.Println(strings.ContainsRune(s, 'k'), strings.ContainsRune("héllo", 'é'), strings.ContainsRune(s, 'z'))
	fmt.Println(strings.Count(s, "en"), strings.Count(s, ""), strings.Count("five", "x"), strings.Count("aaaa", "aa"))
	fmt.Println(strings.Index(s, "ken"), strings.Index(s, "x"), strings.Index(s, ""), strings.Index("世界", "界"))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexByte(s, 'z'))
	fmt.Println(strings.LastIndex(s, "en"), strings.LastIndex(s, ""), strings.LastIndex(s, "q"))
	fmt.Println(strings.HasPrefix(s, "chick"), strings.HasPrefix(s, ""), strings.HasSuffix(s, "chen"), strings.HasSuffix(s, "x"))
}
