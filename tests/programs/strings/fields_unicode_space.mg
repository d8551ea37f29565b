// Fields and TrimSpace treat Unicode spaces as separators
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "a\u00a0b\u2003c\td\ne\u3000f"
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.TrimSpace("\u2003\u00a0 text \u3000\n"))
	fmt.Printf("%q\n", strings.Split("a\u00a0b", " "))
	fmt.Println(strings.Count("日本語日本", "日本"), strings.Index("日本語", "語"), strings.LastIndex("日本日本", "日"))
	fmt.Println(strings.ToUpper("ǆemal ß"), strings.ToLower("ΣΑΣ"))
}
