// symbolic links (Symlink, Readlink, Lstat vs Stat), Chmod, and FileMode's String/IsDir/IsRegular/Perm/Type
package main

import (
	"fmt"
	"io/fs"
	"os"
)

func main() {
	os.WriteFile("target.txt", []byte("hello"), 0644)
	fmt.Println(os.Symlink("target.txt", "link"))
	dest, err := os.Readlink("link")
	fmt.Println(dest, err)
	li, _ := os.Lstat("link")
	si, _ := os.Stat("link")
	fmt.Println(li.Mode()&fs.ModeSymlink != 0, li.Mode().Type() == fs.ModeSymlink, li.Mode().String()[0:1])
	fmt.Println(si.Mode().IsRegular(), si.Size(), si.Name())
	fmt.Println(os.Symlink("target.txt", "link"))

	fmt.Println(os.Chmod("target.txt", 0600))
	info, _ := os.Stat("target.txt")
	fmt.Println(info.Mode(), info.Mode().Perm())
	os.Chmod("target.txt", 0755)
	info, _ = os.Stat("target.txt")
	fmt.Println(info.Mode())

	os.Mkdir("dir", 0700)
	os.Chmod("dir", 0750)
	info, _ = os.Stat("dir")
	fmt.Println(info.Mode(), info.IsDir(), info.Mode().IsDir(), info.Mode().IsRegular())

	modes := []fs.FileMode{0, 0644, fs.ModeDir | 0755, fs.ModeSymlink | 0777, fs.ModeNamedPipe | 0600,
		fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky | 0755, fs.ModeDevice | fs.ModeCharDevice | 0620,
		fs.ModeSocket, fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary | 0444, fs.ModeIrregular}
	for _, m := range modes {
		fmt.Printf("%-12s %o %v %v %v\n", m, uint32(m.Perm()), m.IsDir(), m.IsRegular(), m.Type() == 0)
	}
	fmt.Println(os.ModePerm, os.ModeType)
	fmt.Println(os.Link("target.txt", "hard"))
	hi, _ := os.Stat("hard")
	ti, _ := os.Stat("target.txt")
	fmt.Println(os.SameFile(hi, ti), os.SameFile(hi, info))
}
