// comparing map values and building a set with struct{} values
package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	a := map[string]Pt{"o": {0, 0}, "p": {1, 2}}
	b := map[string]Pt{"o": {0, 0}, "p": {1, 2}}
	same := len(a) == len(b)
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			same = false
		}
	}
	fmt.Println(same)
	set := map[Pt]struct{}{}
	for _, p := range []Pt{{1, 1}, {2, 2}, {1, 1}} {
		set[p] = struct{}{}
	}
	_, has := set[Pt{2, 2}]
	fmt.Println(len(set), has, set)
}
