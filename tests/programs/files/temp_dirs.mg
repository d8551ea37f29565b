// os.MkdirTemp and os.CreateTemp: names built from the pattern around a random part, cleanup with RemoveAll, bad patterns
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp(".", "work-*.d")
	if err != nil {
		fmt.Println(err)
		return
	}
	base := filepath.Base(dir)
	fmt.Println(strings.HasPrefix(dir, "./work-"), strings.HasPrefix(base, "work-"), strings.HasSuffix(base, ".d"), len(base) > len("work-.d"))
	info, _ := os.Stat(dir)
	fmt.Println(info.IsDir(), info.Mode().Perm())

	f, err := os.CreateTemp(dir, "data")
	if err != nil {
		fmt.Println(err)
		return
	}
	name := filepath.Base(f.Name())
	fmt.Println(strings.HasPrefix(name, "data"), len(name) > 4, filepath.Dir(f.Name()) == filepath.Clean(dir))
	f.WriteString("temporary contents")
	f.Seek(0, 0)
	buf := make([]byte, 9)
	n, _ := f.Read(buf)
	fmt.Println(string(buf[:n]))
	info, _ = f.Stat()
	fmt.Println(info.Size(), info.Mode().Perm())
	f.Close()

	g, _ := os.CreateTemp(dir, "*.txt")
	fmt.Println(strings.HasSuffix(g.Name(), ".txt"), g.Name() != f.Name())
	g.Close()

	entries, _ := os.ReadDir(dir)
	fmt.Println(len(entries))
	fmt.Println(os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println(os.IsNotExist(err))

	_, err = os.MkdirTemp(".", "a/b*")
	fmt.Println(err)
	_, err = os.CreateTemp(".", "x/*")
	fmt.Println(err)
	_, err = os.MkdirTemp("no-such-dir", "t*")
	fmt.Println(err)
	fmt.Println(os.TempDir())
}
