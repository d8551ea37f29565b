// Go's exact error texts for failing file operations, and errors.Is / errors.As / os.IsNotExist on them
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func show(what string, err error) {
	fmt.Printf("%-10s %v\n", what+":", err)
}

func main() {
	_, err := os.Open("missing.txt")
	show("open", err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsNotExist(err), os.IsExist(err))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("%q %q %v %T\n", pe.Op, pe.Path, pe.Err, pe.Err)
	}
	fmt.Printf("%T\n", err)

	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist), os.IsNotExist(wrapped))

	_, err = os.Create("no/such/dir/file")
	show("create", err)

	os.Mkdir("d", 0755)
	show("mkdir", os.Mkdir("d", 0755))
	fmt.Println(os.IsExist(os.Mkdir("d", 0755)), errors.Is(os.Mkdir("d", 0755), fs.ErrExist))
	os.WriteFile("d/f", []byte("x"), 0644)
	err = os.Remove("d")
	show("remove", err)
	fmt.Println(errors.Is(err, fs.ErrExist))
	show("remove", os.Remove("nothing"))

	err = os.Rename("nothing", "other")
	show("rename", err)
	var le *os.LinkError
	fmt.Println(errors.As(err, &le), le.Op, le.Old, le.New)

	_, err = os.ReadFile("d")
	show("readfile", err)
	_, err = os.Readlink("d/f")
	show("readlink", err)
	show("chdir", os.Chdir("nowhere"))
	_, err = os.Stat("d/f/g")
	show("stat", err)
	_, err = os.Lstat("gone")
	show("lstat", err)

	f, _ := os.Open("d/f")
	_, err = f.Write([]byte("no"))
	show("write", err)
	f.Close()
	_, err = f.Read(make([]byte, 4))
	show("read", err)
	fmt.Println(errors.Is(err, os.ErrClosed), errors.Is(err, fs.ErrClosed))
	show("close", f.Close())

	var nilFile *os.File
	_, err = nilFile.Read(nil)
	show("nil", err)
	fmt.Println(err == os.ErrInvalid)
	show("chmod", os.Chmod("missing", 0600))
	show("mkdirall", os.MkdirAll("d/f/sub", 0755))
	os.RemoveAll("d")
}
