// os.ReadDir sorted by name, DirEntry methods and its String form, File.ReadDir in batches ending with io.EOF, Readdirnames
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

func main() {
	os.MkdirAll("tree/sub", 0755)
	os.WriteFile("tree/b.txt", []byte("bb"), 0644)
	os.WriteFile("tree/a.txt", []byte("a"), 0644)
	os.WriteFile("tree/c.log", []byte("ccc"), 0644)

	entries, err := os.ReadDir("tree")
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Size(), e)
	}

	f, _ := os.Open("tree")
	total := 0
	for {
		batch, err := f.ReadDir(3)
		total += len(batch)
		fmt.Println("batch", len(batch), err)
		if err == io.EOF {
			break
		}
	}
	f.Close()
	fmt.Println("total", total)

	f, _ = os.Open("tree")
	names, err := f.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names, err)
	names, err = f.Readdirnames(-1)
	fmt.Println(len(names), err)
	f.Close()

	_, err = os.ReadDir("tree/a.txt")
	fmt.Println(err)
	_, err = os.ReadDir("missing")
	fmt.Println(err)
}
