// Getwd and Chdir: relative paths follow the working directory; Hostname and Getpid answer
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	start, err := os.Getwd()
	fmt.Println(err, filepath.IsAbs(start))
	os.MkdirAll("a/b", 0755)
	os.WriteFile("a/b/f.txt", []byte("inside"), 0644)
	fmt.Println(os.Chdir("a/b"))
	wd, _ := os.Getwd()
	fmt.Println(filepath.Base(wd), filepath.Base(filepath.Dir(wd)))
	rel, err := filepath.Rel(start, wd)
	fmt.Println(rel, err)
	data, err := os.ReadFile("f.txt")
	fmt.Println(string(data), err)
	fmt.Println(os.Chdir("../.."))
	wd, _ = os.Getwd()
	fmt.Println(wd == start)
	abs, _ := filepath.Abs("a/b/../b/f.txt")
	rel, _ = filepath.Rel(start, abs)
	fmt.Println(rel)
	fmt.Println(os.Chdir("a/b/f.txt"))
	name, err := os.Hostname()
	fmt.Println(name != "", err)
	fmt.Println(os.Getpid() > 0)
}
