// walking a directory tree: filepath.WalkDir in lexical order with SkipDir and SkipAll, filepath.Walk with sizes, errors for a missing root, and Glob
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	for _, d := range []string{"root/b/deep", "root/a", "root/skip/inner"} {
		os.MkdirAll(d, 0755)
	}
	for name, body := range map[string]string{"root/z.txt": "zz", "root/a/1.txt": "1", "root/a/2.go": "package x", "root/b/deep/x.txt": "xxx", "root/skip/inner/s.txt": "s"} {
		os.WriteFile(name, []byte(body), 0644)
	}

	err := filepath.WalkDir("root", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "skip" {
			fmt.Println("skipping", path)
			return filepath.SkipDir
		}
		depth := strings.Count(path, "/")
		fmt.Printf("%s%s dir=%v type=%v\n", strings.Repeat("  ", depth), d.Name(), d.IsDir(), d.Type())
		return nil
	})
	fmt.Println("walkdir:", err)

	total := int64(0)
	err = filepath.Walk("root", func(path string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !info.IsDir() {
			total += info.Size()
			fmt.Println(path, info.Size())
		}
		if path == "root/b/deep/x.txt" {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println("walk:", err, total)

	err = filepath.WalkDir("missing", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("visit", path, d == nil, err)
		return err
	})
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	stop := errors.New("stop here")
	err = filepath.WalkDir("root", func(path string, d fs.DirEntry, err error) error {
		if path == "root/a/2.go" {
			return stop
		}
		return nil
	})
	fmt.Println(err == stop)

	for _, pat := range []string{"root/*.txt", "root/*/*.txt", "root/*/*", "root/[ab]", "nothing*", "root/a/1.txt", "root/[", "root/a/missing"} {
		m, err := filepath.Glob(pat)
		fmt.Printf("%-14s %q %v\n", pat, m, err)
	}
}
