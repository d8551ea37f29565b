// recursive struct types through pointers, slices and maps
package main

import (
	"fmt"
	"strings"
)

type Dir struct {
	Name     string
	Children []*Dir
	Meta     map[string]*Dir
}

func (d *Dir) Add(name string) *Dir {
	c := &Dir{Name: name}
	d.Children = append(d.Children, c)
	return c
}

func (d *Dir) Print(depth int) {
	fmt.Println(strings.Repeat("  ", depth) + d.Name)
	for _, c := range d.Children {
		c.Print(depth + 1)
	}
}

func (d *Dir) Count() int {
	n := 1
	for _, c := range d.Children {
		n += c.Count()
	}
	return n
}

func main() {
	root := &Dir{Name: "/"}
	usr := root.Add("usr")
	usr.Add("bin").Add("go")
	usr.Add("lib")
	root.Add("tmp")
	root.Print(0)
	fmt.Println(root.Count(), root.Meta == nil)
}
