// sort.Slice with a multi-key comparator gives a total order
package main

import (
	"fmt"
	"sort"
)

type Rec struct {
	Dept  string
	Name  string
	Score int
}

func main() {
	rs := []Rec{{"eng", "zed", 90}, {"ops", "amy", 70}, {"eng", "bob", 90}, {"eng", "cat", 95}, {"ops", "dan", 85}, {"hr", "eve", 60}}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].Dept != rs[j].Dept {
			return rs[i].Dept < rs[j].Dept
		}
		if rs[i].Score != rs[j].Score {
			return rs[i].Score > rs[j].Score
		}
		return rs[i].Name < rs[j].Name
	})
	for _, r := range rs {
		fmt.Println(r.Dept, r.Name, r.Score)
	}
}
