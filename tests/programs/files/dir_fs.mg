// os.DirFS as an fs.FS: fs.WalkDir over it, fs.ReadFile, fs.ReadDir, fs.Stat, Open returning an *os.File, invalid names and errors naming the FS path
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

func main() {
	os.MkdirAll("site/css", 0755)
	os.WriteFile("site/index.html", []byte("<h1>hi</h1>"), 0644)
	os.WriteFile("site/css/main.css", []byte("body{}"), 0644)
	os.WriteFile("site/css/print.css", []byte("@media print{}"), 0644)
	fsys := os.DirFS("site")

	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println(path, d.IsDir())
		return nil
	})
	fmt.Println("walk:", err)

	data, err := fs.ReadFile(fsys, "css/main.css")
	fmt.Printf("%q %v\n", data, err)
	entries, err := fs.ReadDir(fsys, "css")
	for _, e := range entries {
		fmt.Println(e.Name(), e.Type())
	}
	fmt.Println(err)
	info, err := fs.Stat(fsys, "index.html")
	fmt.Println(info.Name(), info.Size(), err)

	f, err := fsys.Open("index.html")
	fmt.Printf("%T %v\n", f, err)
	body, _ := io.ReadAll(f)
	fmt.Println(string(body), f.Close())

	_, err = fsys.Open("missing.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	_, err = fsys.Open("../escape")
	fmt.Println(err, errors.Is(err, fs.ErrInvalid))
	_, err = fs.ReadFile(fsys, "/abs")
	fmt.Println(err)
	_, err = fs.Stat(fsys, "css/")
	fmt.Println(err)
	for _, name := range []string{".", "a/b", "a//b", "./a", "a/..", "", "/a", "a/"} {
		fmt.Printf("%q %v\n", name, fs.ValidPath(name))
	}
	err = fs.WalkDir(fsys, "nope", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("visit", path, d == nil, err)
		return nil
	})
	fmt.Println(err)
}
